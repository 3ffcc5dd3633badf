package org.kepu.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kepu.search.JudgedSet.Judged;

/**
 * Measures our analysis against a plain CJK-bigram chain on the judged set (nDCG@10, recall@10) and prints both; ours
 * must be higher. The figures go to docs/PERFORMANCE.md.
 */
class RelevanceTests {

    private static final int K = 10;
    /** Measured 0.980 and 0.933 on the 13 Mongolian queries (plain CJK bigrams: 0.769 and 0.700). */
    private static final double MONGOLIAN_NDCG = 0.95;

    private static final double MONGOLIAN_RECALL = 0.90;

    /** The kind of queries that only caption cues answer. */
    private static final String CAPTION = "caption";

    @TempDir
    static Path dir;

    private static SearchIndex ours;
    private static CjkBigramBaseline baseline;

    @BeforeAll
    static void load() throws IOException {
        List<SearchDocument> documents = JudgedSet.documents();
        ours = new LuceneSearchIndex(LuceneSettings.in(dir));
        documents.forEach(ours::index);
        ours.refresh();
        baseline = new CjkBigramBaseline(documents);
    }

    @AfterAll
    static void close() throws IOException {
        ours.close();
        baseline.close();
    }

    @Test
    void theJudgedSetIsLargeEnough() {
        assertThat(JudgedSet.documents()).hasSizeGreaterThanOrEqualTo(200);
        assertThat(JudgedSet.queries()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(JudgedSet.documents())
                .filteredOn(doc -> doc.lang().equals("mn"))
                .hasSizeGreaterThanOrEqualTo(15);
        assertThat(JudgedSet.queries()).filteredOn(q -> q.lang().equals("mn")).hasSizeGreaterThanOrEqualTo(8);
        assertThat(JudgedSet.queries())
                .filteredOn(q -> q.kind().equals(CAPTION))
                .hasSizeGreaterThanOrEqualTo(30);
    }

    @Test
    void ourChainRanksBetterThanPlainCjkBigrams() throws IOException {
        // Caption queries are a group of their own, so the written-text figures stay comparable with earlier runs.
        Map<String, Scores[]> byLang = measure(judged -> judged.kind().equals(CAPTION) ? CAPTION : judged.lang());
        Map<String, Scores[]> byKind = measure(Judged::kind);
        byLang.forEach((lang, s) -> System.out.printf(
                Locale.ROOT,
                "RELEVANCE %s %d queries: ours nDCG@10=%.3f recall@10=%.3f | CJK bigrams nDCG@10=%.3f recall@10=%.3f%n",
                lang,
                s[0].n,
                s[0].ndcg(),
                s[0].recall(),
                s[1].ndcg(),
                s[1].recall()));
        byKind.forEach((kind, s) -> System.out.printf(
                Locale.ROOT,
                "RELEVANCE   %-9s %3d queries: ours %.3f / %.3f | bigrams %.3f / %.3f%n",
                kind,
                s[0].n,
                s[0].ndcg(),
                s[0].recall(),
                s[1].ndcg(),
                s[1].recall()));

        Scores[] chinese = byLang.get(SearchDocument.CHINESE);
        assertThat(chinese[0].ndcg()).isGreaterThan(chinese[1].ndcg());
        assertThat(chinese[0].recall()).isGreaterThan(chinese[1].recall());
        // Regression guards a little below the figures in docs/PERFORMANCE.md (0.931 and 0.866; 0.930 and 0.866 since
        // the Mongolian documents share the index and so its BM25 statistics).
        assertThat(chinese[0].ndcg()).isGreaterThan(0.90);
        assertThat(chinese[0].recall()).isGreaterThan(0.83);
        // Caption-only queries: measured 0.828 / 1.000 (bigrams 0.802 / 0.958), see docs/PERFORMANCE.md; without the
        // phrase of two unknown characters it was 0.761.
        Scores[] captions = byLang.get(CAPTION);
        assertThat(captions[0].ndcg()).isGreaterThan(captions[1].ndcg());
        assertThat(captions[0].recall()).isGreaterThan(captions[1].recall());
        assertThat(captions[0].ndcg()).isGreaterThan(0.80);
        Scores[] mongolian = byLang.get(SearchDocument.MONGOLIAN);
        assertThat(mongolian[0].ndcg()).isGreaterThan(mongolian[1].ndcg());
        assertThat(mongolian[0].recall()).isGreaterThan(mongolian[1].recall());
        assertThat(mongolian[0].ndcg()).isGreaterThan(MONGOLIAN_NDCG);
        assertThat(mongolian[0].recall()).isGreaterThan(MONGOLIAN_RECALL);
    }

    /** Ours and the baseline per group; each query keeps to its own language, as the portal's search does. */
    private static Map<String, Scores[]> measure(Function<Judged, String> group) throws IOException {
        Map<String, Scores[]> groups = new TreeMap<>();
        for (Judged judged : JudgedSet.queries()) {
            List<String> ourIds =
                    ours.search(SearchQuery.of(judged.query(), K).inLanguage(judged.lang())).items().stream()
                            .map(SearchHit::id)
                            .toList();
            List<String> baseIds = baseline.search(judged.query(), K);
            if (System.getenv("RELEVANCE_DEBUG") != null
                    && Relevance.ndcg(ourIds, judged.grades(), K) < Relevance.ndcg(baseIds, judged.grades(), K)) {
                System.out.println("WORSE " + judged.query() + " ours=" + ourIds + " base=" + baseIds + " want="
                        + judged.grades());
            }
            Scores[] scores =
                    groups.computeIfAbsent(group.apply(judged), k -> new Scores[] {new Scores(), new Scores()});
            scores[0].add(ourIds, judged.grades());
            scores[1].add(baseIds, judged.grades());
        }
        return groups;
    }

    private static final class Scores {
        int n;
        double ndcg;
        double recall;

        void add(List<String> ranked, Map<String, Integer> grades) {
            n++;
            ndcg += Relevance.ndcg(ranked, grades, K);
            recall += Relevance.recall(ranked, grades, K);
        }

        double ndcg() {
            return ndcg / n;
        }

        double recall() {
            return recall / n;
        }
    }
}
