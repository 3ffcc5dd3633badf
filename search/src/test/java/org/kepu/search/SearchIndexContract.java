package org.kepu.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
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
    void captionCuesMakeAVideoFindableAndSayWhere() {
        load(EARTHQUAKE, dustStormVideo());

        SearchHits hits = index.search(SearchQuery.of("门窗", 10));

        assertThat(hits.items()).extracting(SearchHit::id).containsExactly("video:7");
        assertThat(hits.items().get(0).moments()).containsExactly(new Moment(133, "沙尘暴来临时要关好<em>门窗</em>"));
        assertThat(index.search(SearchQuery.of("地震", 10)).items().get(0).moments())
                .isEmpty();
    }

    @Test
    void aPhraseNeverSpansTwoCues() {
        // "口罩" is split over two cues: 戴好口 | 罩子; only a document that says it in one cue matches.
        SearchDocument split = document("video:8", "video", "防护小知识", "", "")
                .withCues(List.of(new SearchDocument.Cue(5, "出门记得戴好口"), new SearchDocument.Cue(9, "罩子要盖住鼻子")));
        load(split, dustStormVideo());

        assertThat(ids("口罩")).containsExactly("video:7");
    }

    @Test
    void momentsAreTheBestMatchingCuesAtMostThree() {
        load(dustStormVideo());

        List<Moment> moments =
                index.search(SearchQuery.of("沙尘暴 口罩", 10)).items().get(0).moments();

        assertThat(moments).hasSize(Moment.MAX_PER_HIT);
        assertThat(moments.get(0)).isEqualTo(new Moment(201, "<em>沙尘暴</em>天气出门要戴<em>口罩</em>"));
        assertThat(moments).extracting(Moment::seconds).doesNotContain(5);
    }

    @Test
    void aTitleMatchRanksAboveOneCaptionMentionAndManyCuesAboveOne() {
        SearchDocument titled = document("video:20", "video", "草原防火", "", "");
        SearchDocument once = document("video:21", "video", "牧区生活", "", "")
                .withCues(List.of(new SearchDocument.Cue(3, "今天聊聊草原防火"), new SearchDocument.Cue(8, "还有打草的季节")));
        SearchDocument often = document("video:22", "video", "牧区安全", "", "")
                .withCues(List.of(
                        new SearchDocument.Cue(3, "草原防火人人有责"),
                        new SearchDocument.Cue(8, "进入草原不要带火种，草原防火最要紧"),
                        new SearchDocument.Cue(15, "发现火情立即报告，草原防火靠大家")));
        load(once, often, titled);

        assertThat(ids("草原防火")).containsExactly("video:20", "video:22", "video:21");
    }

    @Test
    void reindexingWithoutCuesForgetsThem() {
        load(dustStormVideo());
        load(dustStormVideo().withCues(List.of()));

        assertThat(ids("门窗")).isEmpty();
        assertThat(ids("沙尘暴")).containsExactly("video:7");
        assertThat(index.search(SearchQuery.of("沙尘暴", 10)).items().get(0).moments())
                .isEmpty();
    }

    @Test
    void cueTextIsEscapedInMoments() {
        load(document("video:9", "video", "实验课", "", "")
                .withCues(List.of(new SearchDocument.Cue(61, "<b>酒精灯</b> & 火柴"))));

        assertThat(index.search(SearchQuery.of("酒精灯", 10)).items().get(0).moments())
                .containsExactly(new Moment(61, "&lt;b&gt;<em>酒精灯</em>&lt;&#x2F;b&gt; &amp; 火柴"));
    }

    static SearchDocument dustStormVideo() {
        return document("video:7", "video", "沙尘暴防护", "春季沙尘天气的自我保护", "")
                .withCues(List.of(
                        new SearchDocument.Cue(5, "大家好，今天讲讲春天的天气"),
                        new SearchDocument.Cue(133, "沙尘暴来临时要关好门窗"),
                        new SearchDocument.Cue(150, "沙尘暴过后要清扫院子"),
                        new SearchDocument.Cue(201, "沙尘暴天气出门要戴口罩"),
                        new SearchDocument.Cue(240, "口罩要选防尘的")));
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
        assertThat(ids("节约用水")).first().isEqualTo("entry:4");
        assertThat(ids("暴雨")).containsExactly("article:2");
    }

    @Test
    void documentsWithMoreOfTheQueryRankFirstAndPartialMatchesStillCount() {
        // One query word is enough to be found (recall on natural queries); each further word ranks higher.
        load(
                document("article:1", "article", "地震来了怎么办", "", "躲在桌子下面。"),
                document("article:2", "article", "地震逃生指南", "", "震后有序撤离。"),
                document("article:3", "article", "火灾逃生", "", "低姿捂鼻。"));

        assertThat(ids("地震逃生")).first().isEqualTo("article:2");
        assertThat(ids("地震逃生")).containsExactlyInAnyOrder("article:1", "article:2", "article:3");
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

    @Test
    void hitCarriesKeywordsDateAndViews() {
        load(views(HEALTH, 42));

        SearchHit hit = index.search(SearchQuery.of("健康", 10)).items().get(0);

        assertThat(hit.column()).isEqualTo("安全常识");
        assertThat(hit.audiences()).containsExactly("青少年", "老年人");
        assertThat(hit.town()).isEqualTo("阿勒腾席热镇");
        assertThat(hit.publishedAt()).isEqualTo(Instant.parse("2024-05-12T08:00:00Z"));
        assertThat(hit.viewCount()).isEqualTo(42);
    }

    @Test
    void filtersRestrictResultsAndFacetsCountEveryMatch() {
        load(
                keyed("article:1", "article", "沙尘暴来了怎么办", "沙尘暴", "乌兰木伦镇", List.of("老年人"), "2023-04-01T00:00:00Z"),
                keyed("video:2", "video", "沙尘暴天气出行提示", "沙尘暴", "乌兰木伦镇", List.of("青少年", "老年人"), "2024-04-01T00:00:00Z"),
                keyed("video:3", "video", "沙尘暴中如何保护眼睛", "健康", "札萨克镇", List.of("青少年"), "2024-12-31T17:00:00Z"),
                keyed("article:4", "article", "防汛知识", "应急", "札萨克镇", List.of("农牧民"), "2024-06-01T00:00:00Z"));

        SearchHits all = index.search(SearchQuery.of("沙尘暴", 10));
        SearchHits videos =
                index.search(SearchQuery.of("沙尘暴", 10).withFilters(new SearchFilters("video", null, null, null, null)));
        SearchHits elderly2024 =
                index.search(SearchQuery.of("沙尘暴", 10).withFilters(new SearchFilters(null, null, "老年人", null, 2024)));

        assertThat(all.total()).isEqualTo(3);
        assertThat(all.facet("type")).containsExactly(new FacetValue("video", 2), new FacetValue("article", 1));
        assertThat(all.facet("audience")).containsExactly(new FacetValue("老年人", 2), new FacetValue("青少年", 2));
        // 2024-12-31T17:00Z is already 2025 in China.
        assertThat(all.facet("year"))
                .containsExactlyInAnyOrder(
                        new FacetValue("2023", 1), new FacetValue("2024", 1), new FacetValue("2025", 1));
        assertThat(all.facet("town")).first().isEqualTo(new FacetValue("乌兰木伦镇", 2));
        assertThat(videos.items()).extracting(SearchHit::id).containsExactlyInAnyOrder("video:2", "video:3");
        assertThat(videos.facet("type")).containsExactly(new FacetValue("video", 2));
        assertThat(elderly2024.items()).extracting(SearchHit::id).containsExactly("video:2");
    }

    @Test
    void blankTextWithAFilterListsTheFilteredDocuments() {
        load(EARTHQUAKE, HEALTH, WATER);

        SearchHits videos = index.search(new SearchQuery(
                "", 1, 10, new SearchFilters("video", null, null, null, null), SearchSort.NEWEST, null));

        assertThat(videos.items()).extracting(SearchHit::id).containsExactly("video:3");
    }

    @Test
    void sortsByNewestAndByMostViewed() {
        load(
                views(dated("article:1", "2022-01-01T00:00:00Z"), 5),
                views(dated("article:2", "2024-01-01T00:00:00Z"), 1),
                views(dated("article:3", "2023-01-01T00:00:00Z"), 9));

        assertThat(ids(SearchQuery.of("防汛", 10).sortedBy(SearchSort.NEWEST)))
                .containsExactly("article:2", "article:3", "article:1");
        assertThat(ids(SearchQuery.of("防汛", 10).sortedBy(SearchSort.MOST_VIEWED)))
                .containsExactly("article:3", "article:1", "article:2");
    }

    @ParameterizedTest
    @MethodSource("sorts")
    void cursorsPageThroughEveryResultOnce(SearchSort sort) {
        load(IntStream.rangeClosed(1, 23)
                .mapToObj(i ->
                        views(dated("article:" + i, "2024-01-" + String.format("%02d", i) + "T00:00:00Z"), i % 4))
                .toArray(SearchDocument[]::new));

        List<String> seen = new ArrayList<>();
        SearchQuery query = SearchQuery.of("防汛", 5).sortedBy(sort);
        for (int pages = 0; pages < 10; pages++) {
            SearchHits page = index.search(query);
            page.items().forEach(hit -> seen.add(hit.id()));
            if (page.next() == null) {
                break;
            }
            query = query.after(page.next());
        }

        assertThat(seen).hasSize(23).doesNotHaveDuplicates();
    }

    static Stream<SearchSort> sorts() {
        return Stream.of(SearchSort.values());
    }

    @Test
    void aTamperedCursorStartsFromTheFirstPage() {
        load(EARTHQUAKE, DISASTER);

        assertThat(ids(SearchQuery.of("地震", 10).after("not-a-cursor"))).containsExactly("article:1");
    }

    @Test
    void quotedPhrasesMustMatchInOrderAndMinusExcludes() {
        load(
                document("article:1", "article", "老年人防诈骗指南", "", "接到陌生电话要警惕。"),
                document("article:2", "article", "诈骗分子盯上老年人", "", "防范意识要提高。"),
                document("article:3", "article", "防诈骗进校园", "青少年", "同学们学习反诈知识。"));

        assertThat(ids("\"老年人防诈骗\"")).containsExactly("article:1");
        assertThat(ids("诈骗 -校园")).containsExactlyInAnyOrder("article:1", "article:2");
        assertThat(ids("-诈骗")).isEmpty();
    }

    @Test
    void pinyinAndInitialsFindTitles() {
        load(document("article:1", "article", "科普大篷车进乡村", "", ""), document("article:2", "article", "应急避险常识", "", ""));

        assertThat(ids("kepu")).containsExactly("article:1");
        assertThat(ids("kp")).containsExactly("article:1");
        assertThat(ids("yingjibixian")).containsExactly("article:2");
        assertThat(ids("yjbx")).containsExactly("article:2");
    }

    @Test
    void synonymsFindEverydayWords() {
        load(
                document("article:1", "article", "番茄的种植技术", "", "大棚番茄要控制温度。"),
                document("article:2", "article", "防灾减灾日活动", "", "学习地震逃生。"));

        assertThat(ids("西红柿")).containsExactly("article:1");
        assertThat(ids("应急避险")).containsExactly("article:2");
    }

    @Test
    void typosInLatinWordsAreTolerated() {
        load(
                document("article:1", "article", "ChatGPT与人工智能科普", "", ""),
                document("article:2", "article", "COVID-19防护要点", "", ""),
                document("article:3", "article", "5G基站的辐射安全吗", "", ""));

        assertThat(ids("chatgtp")).containsExactly("article:1");
        assertThat(ids("covid-91")).containsExactly("article:2");
        assertThat(ids("5G")).containsExactly("article:3");
    }

    @Test
    void suggestionsCompleteTitlesByTextPinyinAndInitialsMostViewedFirst() {
        load(
                views(document("article:1", "article", "科普微视频大赛开幕", "", ""), 3),
                views(document("article:2", "article", "科普大篷车进乡村", "", ""), 10),
                views(document("article:3", "article", "沙尘暴中的应急避险", "", ""), 1));

        assertThat(index.suggest("科普", 5)).containsExactly("科普大篷车进乡村", "科普微视频大赛开幕");
        assertThat(index.suggest("kep", 5)).containsExactly("科普大篷车进乡村", "科普微视频大赛开幕");
        assertThat(index.suggest("kp", 1)).containsExactly("科普大篷车进乡村");
        assertThat(index.suggest("应急", 5)).containsExactly("沙尘暴中的应急避险");
        assertThat(index.suggest("  ", 5)).isEmpty();
    }

    @Test
    void suggestionsOfferWordsSaidInVideosAfterTitlesByTextPinyinAndInitials() {
        SearchDocument survey = document("video:30", "video", "矿区测绘", "", "")
                .withCues(List.of(
                        new SearchDocument.Cue(2, "大家好，我们用雷达扫描矿区"),
                        new SearchDocument.Cue(9, "扫描得到的是点云，点云里有很多个点"),
                        new SearchDocument.Cue(15, "雷达的点云可以算出土方量")));
        load(survey, views(document("article:1", "article", "雷锋精神进社区", "", ""), 5));

        assertThat(index.suggest("点云", 5)).containsExactly("点云");
        assertThat(index.suggest("dianyun", 5)).containsExactly("点云");
        assertThat(index.suggest("dy", 5)).containsExactly("点云");
        // the title first, then the word a video says
        assertThat(index.suggest("雷", 5)).containsExactly("雷锋精神进社区", "雷达");
        // fillers and function words are not offered
        assertThat(index.suggest("大家", 5)).isEmpty();
        assertThat(index.suggest("的是", 5)).isEmpty();
        // what is no longer said is no longer offered
        load(survey.withCues(List.of()));
        assertThat(index.suggest("dianyun", 5)).isEmpty();
    }

    @Test
    void relatedDocumentsShareWordsAndLeaveOutTheDocumentItself() {
        load(
                document("article:1", "article", "沙尘暴天气的健康防护", "戴口罩，少出门", ""),
                document("article:2", "article", "沙尘暴来临前的准备", "关好门窗", ""),
                document("article:3", "article", "番茄种植技术", "大棚管理", ""));

        assertThat(index.related("article:1", 5)).extracting(SearchHit::id).containsExactly("article:2");
        assertThat(index.related("article:404", 5)).isEmpty();
    }

    // Mongolian documents as people type them: with NNBSP before suffixes, an MVS, a free variation selector.
    static final SearchDocument CAMEL_MILK = mongolian(
            "article:11", "temegen-U sUn", "gobi-yin temegen-U sUn", "temegen-U sUn bol eregUl mendU-dU tusatai.");
    static final SearchDocument VACCINE =
            mongolian("video:12", "qeUqed-Un tariy_a", "tariy_a-yi cag-tu ni qii", "tariy_a ebedcin-ece sergeyilene.");
    static final SearchDocument COAL_MINE =
            mongolian("article:13", "nig1UrsUn-U ugurqai-yin ayulgUi", "ugurqai-yin qii", "ayulgUi-yin malagai emUs.");

    @Test
    void aMongolianWordFindsTheSameDocumentsWhateverMarksAreTyped() {
        load(CAMEL_MILK, VACCINE, COAL_MINE, EARTHQUAKE);

        assertThat(ids(MongolianScript.of("nigUrsUn"))).containsExactly("article:13");
        assertThat(ids(MongolianScript.of("nig1UrsUn"))).containsExactly("article:13");
        assertThat(ids(MongolianScript.of("n2igU3rsUn4"))).containsExactly("article:13");
        assertThat(ids(MongolianScript.of("tariy_a"))).containsExactly("video:12");
        assertThat(ids(MongolianScript.of("tariya"))).containsExactly("video:12");
        assertThat(ids(MongolianScript.of("tari\u200Dya"))).containsExactly("video:12");
    }

    @Test
    void aBareMongolianStemFindsTheWordWrittenWithASuffixAndTheSameFormRanksFirst() {
        SearchDocument herd = mongolian("article:14", "gobi-yin mal", "temegen qonin", "malcin temegen qariculna.");
        load(CAMEL_MILK, herd, COAL_MINE);

        assertThat(ids(MongolianScript.of("temegen"))).containsExactlyInAnyOrder("article:11", "article:14");
        assertThat(ids(MongolianScript.of("temegen-U"))).containsExactly("article:11", "article:14");
        assertThat(ids(MongolianScript.of("ugurqai"))).containsExactly("article:13");
    }

    @Test
    void theLanguageFilterKeepsDocumentsOfThatLanguageAndHitsCarryTheirLanguage() {
        SearchDocument chinese = document("article:21", "article", "5G基站", "", "5G网络覆盖全旗。");
        SearchDocument mongolian = mongolian("article:22", "5G", "", "5G suljiy_e.");
        load(chinese, mongolian, EARTHQUAKE);

        assertThat(ids(SearchQuery.of("5G", 10))).containsExactlyInAnyOrder("article:21", "article:22");
        assertThat(ids(SearchQuery.of("5G", 10).inLanguage(SearchDocument.MONGOLIAN)))
                .containsExactly("article:22");
        assertThat(ids(SearchQuery.of("5G", 10).inLanguage(SearchDocument.CHINESE)))
                .containsExactly("article:21");
        assertThat(index.search(SearchQuery.of("5G", 10)).items())
                .extracting(SearchHit::id, SearchHit::lang)
                .containsExactlyInAnyOrder(tuple("article:21", "zh"), tuple("article:22", "mn"));
        assertThat(ids(SearchQuery.of(" ", 10).inLanguage(SearchDocument.MONGOLIAN)))
                .isEmpty();
        assertThat(ids(SearchQuery.of(" ", 10)
                        .withFilters(new SearchFilters("article", null, null, null, null))
                        .inLanguage(SearchDocument.MONGOLIAN)))
                .containsExactly("article:22");
    }

    @Test
    void highlightsMarkMongolianWordsWithTheMarksTheTextWasWrittenWith() {
        load(VACCINE, COAL_MINE);

        String vaccine = index.search(SearchQuery.of(MongolianScript.of("tariya"), 10))
                .items()
                .get(0)
                .highlight();
        String mine = index.search(SearchQuery.of(MongolianScript.of("ugurqai-yin"), 10))
                .items()
                .get(0)
                .highlight();

        assertThat(vaccine).startsWith("<em>" + MongolianScript.of("tariy_a") + "</em>" + MongolianScript.of("-yi"));
        assertThat(mine).startsWith("<em>" + MongolianScript.of("ugurqai-yin") + "</em> ");
    }

    @Test
    void relatedMongolianDocumentsShareWords() {
        SearchDocument milk = mongolian("article:15", "temegen-U sUn-U tusa", "temegen-U sUn", "");
        load(CAMEL_MILK, milk, COAL_MINE);

        assertThat(index.related("article:15", 5)).extracting(SearchHit::id).containsExactly("article:11");
    }

    @Test
    void suggestionsCompleteMongolianTitlesWhateverMarksAreTyped() {
        load(CAMEL_MILK, VACCINE, COAL_MINE);

        assertThat(index.suggest(MongolianScript.of("teme"), 5)).containsExactly(CAMEL_MILK.title());
        assertThat(index.suggest(MongolianScript.of("te1me"), 5)).containsExactly(CAMEL_MILK.title());
        assertThat(index.suggest(MongolianScript.of("temegen-U s"), 5)).containsExactly(CAMEL_MILK.title());
        assertThat(index.suggest(MongolianScript.of("tari"), 5)).containsExactly(VACCINE.title());
        assertThat(index.suggest(MongolianScript.of("ugur"), 5)).containsExactly(COAL_MINE.title());
    }

    @Test
    void anOlderVersionNeverOverwritesANewerOne() {
        load(EARTHQUAKE.withVersion(200));

        index.index(document("article:1", "article", "旧标题防汛", "", "").withVersion(100));
        index.delete("article:1", 150);
        index.refresh();

        assertThat(ids("地震")).containsExactly("article:1");
        assertThat(ids("防汛")).isEmpty();

        index.index(document("article:1", "article", "新标题防汛", "", "").withVersion(300));
        index.refresh();
        assertThat(ids("防汛")).containsExactly("article:1");

        index.delete("article:1", 300);
        index.refresh();
        assertThat(index.count()).isZero();
    }

    @Test
    void rebuildReplacesTheContentAndKeepsWritesMadeMeanwhile() {
        load(EARTHQUAKE, DISASTER);
        List<Long> progress = new ArrayList<>();
        Iterator<SearchDocument> fromDatabase = List.of(DISASTER, HEALTH, WATER).iterator();
        Iterator<SearchDocument> withAWriteMeanwhile = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return fromDatabase.hasNext();
            }

            @Override
            public SearchDocument next() {
                if (!fromDatabase.hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                SearchDocument next = fromDatabase.next();
                if (next == HEALTH) {
                    index.index(document("article:9", "article", "新发布的防汛提示", "", ""));
                }
                return next;
            }
        };

        RebuildReport report = index.rebuild(withAWriteMeanwhile, progress::add);
        index.refresh();

        assertThat(report.documents()).isEqualTo(3);
        assertThat(progress).isNotEmpty().last().isEqualTo(3L);
        assertThat(ids("地震")).isEmpty();
        assertThat(ids("健康")).containsExactly("video:3");
        assertThat(ids("防汛")).containsExactly("article:9");
        assertThat(index.count()).isEqualTo(4);
    }

    @Test
    void aRebuiltIndexSurvivesReopening() {
        load(EARTHQUAKE);
        index.rebuild(List.of(HEALTH).iterator(), RebuildProgress.NONE);

        index.close();
        index = createIndex(dir);

        assertThat(ids("健康")).containsExactly("video:3");
        assertThat(ids("地震")).isEmpty();
    }

    protected List<String> ids(SearchQuery query) {
        return index.search(query).items().stream().map(SearchHit::id).toList();
    }

    static SearchDocument views(SearchDocument doc, long views) {
        return new SearchDocument(
                doc.id(),
                doc.type(),
                doc.title(),
                doc.summary(),
                doc.body(),
                doc.url(),
                doc.column(),
                doc.audiences(),
                doc.town(),
                doc.publishedAt(),
                views,
                doc.version());
    }

    static SearchDocument dated(String id, String publishedAt) {
        return new SearchDocument(
                id, "article", "防汛知识", "", "汛期注意安全。", "/articles/1", null, List.of(), null, Instant.parse(publishedAt));
    }

    static SearchDocument keyed(
            String id,
            String type,
            String title,
            String column,
            String town,
            List<String> audiences,
            String publishedAt) {
        return new SearchDocument(
                id, type, title, "", "", "/" + id, column, audiences, town, Instant.parse(publishedAt));
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

    static SearchDocument mongolian(String id, String title, String summary, String body) {
        return document(
                        id,
                        id.substring(0, id.indexOf(':')),
                        MongolianScript.of(title),
                        MongolianScript.of(summary),
                        MongolianScript.of(body))
                .inLanguage(SearchDocument.MONGOLIAN);
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
