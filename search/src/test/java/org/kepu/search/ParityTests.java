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
 * the same tokens from our analysis and the same query tree, so differences can only come from the engines. Each
 * judged query keeps to its language; Mongolian ones must agree exactly, typed with or without marks.
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
        List<SearchQuery> queries = JudgedSet.queries().stream()
                .map(judged -> SearchQuery.of(judged.query(), K).inLanguage(judged.lang()))
                .toList();
        double sum = 0;
        double min = 1;
        SearchQuery worst = null;
        for (SearchQuery query : queries) {
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
        // with caption words: 除颤器 and 心肺 are said in the judged videos, not written in any title
        for (String prefix : List.of("科普", "kp", "shachen", "老年人", "除颤", "dianji", "xf", "电极")) {
            assertThat(elasticsearch.suggest(prefix, 5)).as(prefix).isEqualTo(lucene.suggest(prefix, 5));
        }
        assertThat(lucene.suggest("除颤", 5)).anyMatch(word -> word.startsWith("除颤"));
        assertThat(lucene.suggest("dianji", 5)).anyMatch(word -> word.startsWith("电极"));
    }

    @Test
    void everySortPagesAlikeThroughCursors() {
        for (SearchSort sort : SearchSort.values()) {
            SearchQuery query = SearchQuery.of("健康", 7).sortedBy(sort);
            assertThat(allPages(elasticsearch, query)).as(sort.name()).isEqualTo(allPages(lucene, query));
        }
    }

    @Test
    void captionQueriesFindTheSameVideosAndMomentsInBothEngines() {
        List<JudgedSet.Judged> captions = JudgedSet.queries().stream()
                .filter(judged -> judged.kind().equals("caption"))
                .toList();
        assertThat(captions).hasSizeGreaterThanOrEqualTo(30);
        int withMoments = 0;
        for (JudgedSet.Judged judged : captions) {
            SearchQuery query = SearchQuery.of(judged.query(), K);
            List<SearchHit> expected = lucene.search(query).items();
            assertThat(elasticsearch.search(query).items())
                    .as(judged.query())
                    .extracting(SearchHit::id, SearchHit::moments)
                    .isEqualTo(expected.stream()
                            .map(hit -> org.assertj.core.groups.Tuple.tuple(hit.id(), hit.moments()))
                            .toList());
            withMoments += expected.stream().anyMatch(hit -> !hit.moments().isEmpty()) ? 1 : 0;
        }
        assertThat(withMoments).isEqualTo(captions.size());
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

    @Test
    void mongolianQueriesFindTheSameInBothEnginesWhateverMarksAreTyped() {
        List<JudgedSet.Judged> mongolian = JudgedSet.queries().stream()
                .filter(judged -> judged.lang().equals(SearchDocument.MONGOLIAN))
                .toList();
        for (JudgedSet.Judged judged : mongolian) {
            SearchQuery query = SearchQuery.of(judged.query(), K).inLanguage(SearchDocument.MONGOLIAN);
            assertThat(ids(elasticsearch, query)).as(judged.query()).isEqualTo(ids(lucene, query));
        }
        for (String[] same : List.of(
                new String[] {"tariy_a", "tariya", "tari\u200Dy_a"},
                new String[] {"ne1gUrsUn agurqai", "negUrsUn agurqai", "ne2gUrsU3n agurqa4i"},
                new String[] {"temegen", "teme1gen"})) {
            List<String> expected = ids(lucene, SearchQuery.of(MongolianScript.of(same[0]), K));
            assertThat(expected).as(same[0]).isNotEmpty();
            for (String typed : same) {
                SearchQuery query = SearchQuery.of(MongolianScript.of(typed), K);
                assertThat(ids(lucene, query)).as(typed).isEqualTo(expected);
                assertThat(ids(elasticsearch, query)).as(typed).isEqualTo(expected);
            }
        }
        SearchQuery stem = SearchQuery.of(MongolianScript.of("ayulgUi"), K).inLanguage(SearchDocument.MONGOLIAN);
        assertThat(elasticsearch.search(stem).facets())
                .isEqualTo(lucene.search(stem).facets());
        for (String prefix : List.of("teme", "te1me", "tariy_a", "ayul", "elesUn s")) {
            String typed = MongolianScript.of(prefix);
            assertThat(lucene.suggest(typed, 5)).as(prefix).isNotEmpty();
            assertThat(elasticsearch.suggest(typed, 5)).as(prefix).isEqualTo(lucene.suggest(typed, 5));
        }
    }

    @Test
    void aChineseVideosMongolianCaptionsAnswerAMongolianSearchWithTheMomentInBothEngines() {
        SearchQuery mongolian = SearchQuery.of("ᠰᠤᠷᠤᠭᠴᠢᠳ", K).inLanguage(SearchDocument.MONGOLIAN);

        List<SearchHit> hits = lucene.search(mongolian).items();
        assertThat(hits).extracting(SearchHit::id).containsExactly("yj02");
        assertThat(hits.get(0).lang()).isEqualTo(SearchDocument.CHINESE);
        assertThat(hits.get(0).moments()).singleElement().satisfies(moment -> {
            assertThat(moment.seconds()).isEqualTo(12);
            assertThat(moment.text()).contains("<em>ᠰᠤᠷᠤᠭᠴᠢᠳ</em>");
        });
        assertThat(elasticsearch.search(mongolian).items())
                .extracting(SearchHit::id, SearchHit::moments)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("yj02", hits.get(0).moments()));
        SearchQuery chinese = SearchQuery.of("防震疏散演练", K).inLanguage(SearchDocument.CHINESE);
        for (SearchIndex index : List.of(lucene, elasticsearch)) {
            assertThat(ids(index, chinese))
                    .as("a Mongolian track keeps the video a Chinese result")
                    .contains("yj02");
        }
    }

    @Test
    void languagesSplitTheCorpusAlikeInBothEngines() {
        SearchQuery all = SearchQuery.of(" ", K).withFilters(new SearchFilters("article", null, null, null, null));
        for (String lang : SearchDocument.LANGUAGES) {
            SearchQuery query = all.inLanguage(lang);
            assertThat(elasticsearch.search(query).total())
                    .as(lang)
                    .isEqualTo(lucene.search(query).total());
            assertThat(elasticsearch.search(query).items())
                    .extracting(SearchHit::lang)
                    .containsOnly(lang);
        }
        assertThat(lucene.search(all.inLanguage("mn")).total()
                        + lucene.search(all.inLanguage("zh")).total())
                .isEqualTo(lucene.search(all).total());
    }

    private static List<String> ids(SearchIndex index, SearchQuery query) {
        return index.search(query).items().stream().map(SearchHit::id).toList();
    }

    private static List<String> top(SearchIndex index, SearchQuery query) {
        Function<SearchHit, String> id = SearchHit::id;
        return index.search(query).items().stream().map(id).toList();
    }
}
