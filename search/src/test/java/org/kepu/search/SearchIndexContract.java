package org.kepu.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

/**
 * What every {@link SearchIndex} engine promises. Extend once per engine and implement {@link #createIndex}.
 */
abstract class SearchIndexContract {

    static final SearchDocument EARTHQUAKE =
            document("article:1", "article", "地震应急避险指南", "教你在地震发生时保护自己", "地震来临时，要保持冷静，躲在坚固的桌子下面。");
    static final SearchDocument DISASTER =
            document("article:2", "article", "夏季防灾减灾小常识", "暴雨、雷电、高温天气的注意事项", "汛期到来前，检查房屋排水，准备手电筒和饮用水。");
    static final SearchDocument HEALTH = document("video:3", "video", "老年人健康生活方式", "合理膳食与适量运动", "每天散步三十分钟，少盐少油，按时体检。");
    static final SearchDocument WATER = document("entry:4", "entry", "科普微视频：节约用水", "伊金霍洛旗中学生作品", "水是生命之源，洗菜的水可以用来浇花。");

    @TempDir
    Path dir;

    private SearchIndex index;

    /** Opens the engine under test; called again with the same directory to check durability. */
    protected abstract SearchIndex createIndex(Path dir);

    @BeforeEach
    void open() {
        index = createIndex(dir);
    }

    @AfterEach
    void close() {
        index.close();
    }

    protected SearchIndex index() {
        return index;
    }

    @Test
    void countsIndexedDocuments() {
        load(EARTHQUAKE, DISASTER, HEALTH);

        assertThat(index.count()).isEqualTo(3);
    }

    @Test
    void indexingTheSameIdAgainReplacesTheDocument() {
        load(EARTHQUAKE);
        load(document("article:1", "article", "森林防火须知", "进山不带火种", "发现火情拨打电话。"));

        assertThat(index.count()).isEqualTo(1);
        assertThat(ids("防火")).containsExactly("article:1");
        assertThat(ids("地震")).isEmpty();
    }

    @Test
    void deleteRemovesTheDocument() {
        load(EARTHQUAKE, DISASTER);

        index.delete("article:1");
        index.delete("article:404");
        index.refresh();

        assertThat(index.count()).isEqualTo(1);
        assertThat(ids("地震")).isEmpty();
        assertThat(ids("防灾")).containsExactly("article:2");
    }

    @Test
    void chineseWordsFindTheDocumentsThatContainThem() {
        load(EARTHQUAKE, DISASTER, HEALTH, WATER);

        assertThat(ids("应急")).containsExactly("article:1");
        assertThat(ids("防灾")).containsExactly("article:2");
        assertThat(ids("健康")).containsExactly("video:3");
        assertThat(ids("节约用水")).containsExactly("entry:4");
        assertThat(ids("暴雨")).containsExactly("article:2");
    }

    @Test
    void searchIsCaseInsensitiveForLatinText() {
        load(document("video:5", "video", "5G网络与COVID-19防护", "", ""));

        assertThat(ids("covid")).containsExactly("video:5");
        assertThat(ids("5g网络")).containsExactly("video:5");
    }

    @Test
    void hitCarriesTheStoredFields() {
        load(HEALTH);

        SearchHit hit = index.search(SearchQuery.of("健康", 10)).items().get(0);

        assertThat(hit.id()).isEqualTo("video:3");
        assertThat(hit.type()).isEqualTo("video");
        assertThat(hit.title()).isEqualTo("老年人健康生活方式");
        assertThat(hit.url()).isEqualTo("/videos/3");
    }

    @Test
    void titleWeighsMoreThanSummaryAndSummaryMoreThanBody() {
        // Every field is filled, as in real content, so field statistics are comparable and the boosts decide.
        load(
                document("article:10", "article", "居家安全", "冬季取暖注意事项", "冬季取暖要防范一氧化碳中毒。"),
                document("article:11", "article", "居家安全", "防范一氧化碳中毒", "冬季注意通风。"),
                document("article:12", "article", "一氧化碳中毒的防范", "冬季取暖注意事项", "冬季注意通风。"));

        assertThat(ids("一氧化碳")).containsExactly("article:12", "article:11", "article:10");
    }

    @Test
    void theExactSequenceRanksAboveScatteredCharacters() {
        // The scattered document is shorter, so on single characters alone it would score higher.
        load(
                document("article:20", "article", "野外提示", "险情应对", "避让急流。"),
                document("article:21", "article", "洪水来了怎么办", "汛期安全", "遇到洪水要学会应急避险，尽快转移到高处，远离河道和低洼地带。"));

        assertThat(ids("应急避险")).first().isEqualTo("article:21");
    }

    @Test
    void highlightWrapsMatchesAndEscapesTheSourceText() {
        load(document("article:30", "article", "作息与睡眠", "", "<script>alert('x')</script>保持健康的作息 & 充足的睡眠 <b>很重要</b>"));

        String highlight = index.search(SearchQuery.of("健康", 10)).items().get(0).highlight();

        assertThat(highlight)
                .contains("<em>健康</em>")
                .contains("&lt;script&gt;")
                .contains("&amp;")
                .doesNotContain("<script>")
                .doesNotContain("<b>");
    }

    @Test
    void highlightOfALongBodyIsAShortSnippetAroundTheMatch() {
        String body = "牧区冬春季节要做好牲畜保暖工作。".repeat(40) + "雨季来临前要检查防汛物资。" + "草原防火人人有责。".repeat(40);
        load(document("article:32", "article", "牧区生产安全", "给农牧民的提示", body));

        String highlight = index.search(SearchQuery.of("防汛", 10)).items().get(0).highlight();

        assertThat(highlight).contains("<em>防汛</em>").hasSizeLessThan(300);
    }

    @Test
    void highlightFallsBackToTheStartOfTheSummary() {
        load(document("article:31", "article", "科普大篷车进乡村", "<i>走进</i>红庆河镇的科学课堂", "孩子们动手做实验。"));

        String highlight =
                index.search(SearchQuery.of("大篷车", 10)).items().get(0).highlight();

        assertThat(highlight).isEqualTo("&lt;i&gt;走进&lt;&#x2F;i&gt;红庆河镇的科学课堂");
    }

    @Test
    void pagesFollowEachOtherAndKeepTheTotal() {
        load(IntStream.rangeClosed(1, 25)
                .mapToObj(i -> document("article:" + i, "article", "防汛知识第" + i + "讲", "", "汛期注意安全。"))
                .toArray(SearchDocument[]::new));

        SearchHits first = index.search(new SearchQuery("防汛", 1, 10));
        SearchHits second = index.search(new SearchQuery("防汛", 2, 10));
        SearchHits third = index.search(new SearchQuery("防汛", 3, 10));
        SearchHits beyond = index.search(new SearchQuery("防汛", 4, 10));

        assertThat(List.of(first.total(), second.total(), third.total(), beyond.total()))
                .containsOnly(25L);
        assertThat(first.items()).hasSize(10);
        assertThat(second.items()).hasSize(10);
        assertThat(third.items()).hasSize(5);
        assertThat(beyond.items()).isEmpty();
        List<String> all = new ArrayList<>();
        Stream.of(first, second, third).forEach(page -> page.items().forEach(hit -> all.add(hit.id())));
        assertThat(all).doesNotHaveDuplicates().hasSize(25);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @MethodSource("hostileInputs")
    void oddInputReturnsInsteadOfThrowing(String text) {
        load(EARTHQUAKE, DISASTER, HEALTH);

        assertThatCode(() -> {
                    SearchHits hits = index.search(new SearchQuery(text, 1, 10));
                    assertThat(hits.total()).isGreaterThanOrEqualTo(hits.items().size());
                })
                .doesNotThrowAnyException();
    }

    static Stream<String> hostileInputs() {
        return Stream.of(
                "   ",
                "\"应急",
                "应急\"避险\"\"",
                "*",
                "应*",
                "?",
                "\\",
                "应急\\",
                "title:应急 AND (",
                "+-&&||!(){}[]^\"~*?:\\/",
                "'; DROP TABLE article; --",
                "<script>alert('x')</script>",
                "应急".repeat(1000),
                "地震来临时，要保持冷静。".repeat(167),
                "a".repeat(2000),
                "🧪科普🔬",
                "\u0000\uFFFF");
    }

    @Test
    void blankTextFindsNothing() {
        load(EARTHQUAKE);

        assertThat(index.search(new SearchQuery(" ", 1, 10))).isEqualTo(SearchHits.empty());
        assertThat(index.search(new SearchQuery(null, 1, 10))).isEqualTo(SearchHits.empty());
    }

    @Test
    void documentsSurviveClosingAndReopening() {
        load(EARTHQUAKE, DISASTER);

        index.close();
        index = createIndex(dir);

        assertThat(index.count()).isEqualTo(2);
        assertThat(ids("应急")).containsExactly("article:1");
    }

    @Test
    void isUsableUntilClosed() {
        assertThat(index.isUsable()).isTrue();

        index.close();

        assertThat(index.isUsable()).isFalse();
        index = createIndex(dir);
    }

    @Test
    void aClosedIndexFailsWithAClearException() {
        index.close();

        assertThatThrownBy(() -> index.index(EARTHQUAKE)).isInstanceOf(SearchIndexUnavailable.class);
        assertThatThrownBy(() -> index.search(SearchQuery.of("地震", 10))).isInstanceOf(SearchIndexUnavailable.class);
        index = createIndex(dir);
    }

    protected void load(SearchDocument... documents) {
        for (SearchDocument document : documents) {
            index.index(document);
        }
        index.refresh();
    }

    protected List<String> ids(String text) {
        return index.search(SearchQuery.of(text, SearchQuery.MAX_SIZE)).items().stream()
                .map(SearchHit::id)
                .toList();
    }

    static SearchDocument document(String id, String type, String title, String summary, String body) {
        String url = "/" + type + "s/" + id.substring(id.indexOf(':') + 1);
        return new SearchDocument(
                id,
                type,
                title,
                summary,
                body,
                url,
                "安全常识",
                List.of("青少年", "老年人"),
                "阿勒腾席热镇",
                Instant.parse("2024-05-12T08:00:00Z"));
    }
}
