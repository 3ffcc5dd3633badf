package org.kepu.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One corpus in both engines, the same queries: the top ten ids must agree (average overlap at least 0.9). Both get
 * the same tokens from our analysis and the same query tree, so differences can only come from the engines.
 */
@RequiresElasticsearch
class ParityTests {

    private static final int K = 10;

    @TempDir
    static Path dir;

    private static SearchIndex lucene;
    private static SearchIndex elasticsearch;

    @BeforeAll
    static void load() {
        lucene = new LuceneSearchIndex(LuceneSettings.in(dir));
        elasticsearch = ElasticsearchSearchIndexTests.open("kepu-parity-" + System.currentTimeMillis());
        List<SearchDocument> documents = JudgedSet.documents();
        lucene.rebuild(documents.iterator(), RebuildProgress.NONE);
        elasticsearch.rebuild(documents.iterator(), RebuildProgress.NONE);
    }

    @AfterAll
    static void close() {
        lucene.close();
        elasticsearch.close();
    }

    @Test
    void bothEnginesRankTheSameDocumentsOnTop() {
        List<String> queries =
                JudgedSet.queries().stream().map(JudgedSet.Judged::query).toList();
        double sum = 0;
        double min = 1;
        String worst = null;
        for (String query : queries) {
            double overlap = Relevance.overlap(top(lucene, query), top(elasticsearch, query));
            sum += overlap;
            if (overlap < min) {
                min = overlap;
                worst = query;
            }
        }
        double average = sum / queries.size();
        System.out.printf(
                Locale.ROOT,
                "PARITY %d queries: average top-%d overlap %.3f, minimum %.3f (%s)%n",
                queries.size(),
                K,
                average,
                min,
                worst);

        assertThat(queries).hasSizeGreaterThanOrEqualTo(30);
        assertThat(average).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void facetsAndSuggestionsAgree() {
        SearchQuery query = SearchQuery.of("安全", K);
        assertThat(elasticsearch.search(query).facets())
                .isEqualTo(lucene.search(query).facets());
        assertThat(elasticsearch.search(query).total())
                .isEqualTo(lucene.search(query).total());
        for (String prefix : List.of("科普", "kp", "shachen", "老年人")) {
            assertThat(elasticsearch.suggest(prefix, 5)).as(prefix).isEqualTo(lucene.suggest(prefix, 5));
        }
    }

    @Test
    void everySortPagesAlikeThroughCursors() {
        for (SearchSort sort : SearchSort.values()) {
            SearchQuery query = SearchQuery.of("健康", 7).sortedBy(sort);
            assertThat(allPages(elasticsearch, query)).as(sort.name()).isEqualTo(allPages(lucene, query));
        }
    }

    private static List<String> allPages(SearchIndex index, SearchQuery first) {
        List<String> ids = new ArrayList<>();
        SearchQuery query = first;
        for (int page = 0; page < 20; page++) {
            SearchHits hits = index.search(query);
            hits.items().forEach(hit -> ids.add(hit.id()));
            if (hits.next() == null) {
                break;
            }
            query = query.after(hits.next());
        }
        return ids;
    }

    private static List<String> top(SearchIndex index, String query) {
        Function<SearchHit, String> id = SearchHit::id;
        return index.search(SearchQuery.of(query, K)).items().stream().map(id).toList();
    }
}
