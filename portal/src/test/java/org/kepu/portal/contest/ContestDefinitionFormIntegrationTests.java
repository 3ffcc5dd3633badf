package org.kepu.portal.contest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kepu.content.account.Accounts;
import org.kepu.content.contest.Award;
import org.kepu.content.contest.Contest;
import org.kepu.content.contest.ContestFixture;
import org.kepu.content.contest.Contests;
import org.kepu.content.contest.Entries;
import org.kepu.content.contest.Prize;
import org.kepu.content.contest.Track;
import org.kepu.content.video.Videos;
import org.kepu.portal.PageSession;
import org.kepu.portal.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The contest definition as a form of fields and rows: saved, shown again for editing as it was
 * written, rows added and removed without script, problems next to their row; and the public pages
 * it feeds (rules as formatted text, prizes, the results page before publication).
 */
class ContestDefinitionFormIntegrationTests extends PortalIntegrationTest {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Autowired
    Contests contests;

    @Autowired
    Entries entries;

    @Autowired
    Videos videos;

    @Autowired
    Accounts accounts;

    @Test
    void aDefinitionRoundTripsThroughTheFormAndShowsFormattedOnThePublicPage() {
        PageSession admin = PageSession.login(this::uri, ADMIN, ADMIN_PASSWORD);
        String slug = "form-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> fields = fields(slug);
        fields.addAll(List.of(
                "rubric[0].name",
                "科学性",
                "rubric[0].weight",
                "50",
                "rubric[1].name",
                "传播性",
                "rubric[1].weight",
                "50",
                "rubric[2].name",
                "",
                "rubric[2].weight",
                ""));

        HttpResponse<String> saved = admin.post("/admin/contests", fields.toArray(String[]::new));

        assertThat(saved.statusCode()).isEqualTo(302);
        Contest contest = contests.bySlug(slug);
        assertThat(contest.groups()).containsExactly(new Track("youth", "青少年组"), new Track("g1", "教师组"));
        assertThat(contest.slots("g1", Award.FIRST)).isEqualTo(1);
        assertThat(contest.slots("youth", Award.EXCELLENT)).isEqualTo(5);
        assertThat(contest.rubric()).hasSize(2);
        assertThat(contest.prizes()).containsExactly(new Prize("一等奖", "证书和奖金 2000 元"));
        assertThat(contest.rulesHtml()).contains("<strong>原创</strong>").contains("<li>");

        String form = admin.get("/admin/contests/" + contest.id() + "/edit").body();
        assertThat(form)
                .contains("作品须为 **原创**。")
                .contains("value=\"教师组\"")
                .contains("value=\"证书和奖金 2000 元\"")
                .doesNotContain("&lt;p&gt;");

        String page = PageSession.anonymous(this::uri).get("/contests/" + slug).body();
        assertThat(page)
                .contains("<strong>原创</strong>")
                .doesNotContain("&lt;p&gt;")
                .contains("证书和奖金 2000 元")
                .contains("共 2 名")
                .contains("24:00");
    }

    @Test
    void aRowProblemIsWordedInThePagesLanguage() {
        PageSession admin = PageSession.login(this::uri, ADMIN, ADMIN_PASSWORD);
        List<String> fields = fields("rows-" + UUID.randomUUID().toString().substring(0, 8));
        fields.addAll(List.of("rubric[0].name", "科学性", "rubric[0].weight", "60"));

        String chinese =
                admin.post("/admin/contests", fields.toArray(String[]::new)).body();
        String mongolian =
                admin.post("/mn/admin/contests", fields.toArray(String[]::new)).body();

        assertThat(chinese).contains("评分标准的权重合计须为 100，现在是 60");
        assertThat(mongolian)
                .contains("ᠦᠨᠡᠯᠡᠬᠦ ᠵᠦᠢᠯ ᠦᠳ ᠦᠨ ᠵᠢᠩ ᠦᠨ ᠨᠡᠢᠯᠡᠪᠦᠷᠢ 100 ᠪᠠᠢᠬᠤ ᠶᠣᠰᠣᠲᠠᠢ᠂ ᠣᠳᠣ 60 ᠪᠠᠢᠨ᠎ᠠ")
                .doesNotContain("现在是 60");
    }

    @Test
    void theMongolianContestPageNamesItsPhasesInMongolian() {
        PageSession admin = PageSession.login(this::uri, ADMIN, ADMIN_PASSWORD);
        String slug = "phases-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> fields = fields(slug);
        fields.addAll(List.of("rubric[0].name", "科学性", "rubric[0].weight", "100"));
        assertThat(admin.post("/admin/contests", fields.toArray(String[]::new)).statusCode())
                .isEqualTo(302);

        String mongolian =
                PageSession.anonymous(this::uri).get("/mn/contests/" + slug).body();
        String chinese =
                PageSession.anonymous(this::uri).get("/contests/" + slug).body();

        assertThat(mongolian)
                .contains("<strong>ᠪᠦᠲᠦᠭᠡᠯ ᠴᠤᠭᠯᠠᠭᠤᠯᠬᠤ</strong>")
                .contains("<strong>ᠦᠨᠡᠯᠡᠯᠲᠡ</strong>")
                .doesNotContain("<strong>征集</strong>");
        assertThat(chinese).contains("<strong>征集</strong>").contains("<strong>评审</strong>");
    }

    @Test
    void aPosterUploadedOnItsOwnFormShowsOnTheContestPage() throws Exception {
        PageSession admin = PageSession.login(this::uri, ADMIN, ADMIN_PASSWORD);
        String slug = "poster-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> fields = fields(slug);
        fields.addAll(List.of("rubric[0].name", "科学性", "rubric[0].weight", "100"));
        assertThat(admin.post("/admin/contests", fields.toArray(String[]::new)).statusCode())
                .isEqualTo(302);
        long id = contests.bySlug(slug).id();

        HttpResponse<String> saved = admin.postWithFile(
                "/admin/contests/" + id + "/poster", "poster", "poster.png", png(), "posterAlt", "大赛海报：科学就在身边");

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(contests.get(id).posterKey()).endsWith(";大赛海报：科学就在身边");
        assertThat(PageSession.anonymous(this::uri).get("/contests/" + slug).body())
                .contains("class=\"contest-poster\"")
                .contains("alt=\"大赛海报：科学就在身边\"");
    }

    /**
     * A poster uploaded with no text alternative is described by the contest's title: in Chinese on the
     * Chinese page; on the Mongolian page by the Mongolian title once there is one, else the Chinese text
     * marked as Chinese.
     */
    @Test
    void aPostersTextAlternativeIsInThePagesLanguage() throws Exception {
        PageSession admin = PageSession.login(this::uri, ADMIN, ADMIN_PASSWORD);
        String slug = "poster-mn-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> fields = fields(slug);
        fields.addAll(List.of("rubric[0].name", "科学性", "rubric[0].weight", "100"));
        assertThat(admin.post("/admin/contests", fields.toArray(String[]::new)).statusCode())
                .isEqualTo(302);
        Contest contest = contests.bySlug(slug);
        assertThat(admin.postWithFile(
                                "/admin/contests/" + contest.id() + "/poster",
                                "poster",
                                "poster.png",
                                png(),
                                "posterAlt",
                                "")
                        .statusCode())
                .isEqualTo(302);

        org.jsoup.nodes.Element before = org.jsoup.Jsoup.parse(PageSession.anonymous(this::uri)
                        .get("/mn/contests/" + slug)
                        .body())
                .selectFirst("figure.contest-poster img");
        assertThat(before.attr("alt")).isEqualTo(contest.title() + "海报");
        assertThat(before.attr("lang")).isEqualTo("zh-CN");

        String title = "ᠰᠢᠨᠵᠢᠯᠡᠬᠦ ᠤᠬᠠᠭᠠᠨ ᠤ ᠤᠷᠠᠯᠳᠤᠭᠠᠨ";
        assertThat(admin.post(
                                "/admin/contests/" + contest.id() + "/mongolian",
                                "titleMn",
                                title,
                                "themeMn",
                                "",
                                "rulesMn",
                                "")
                        .statusCode())
                .isEqualTo(302);
        org.jsoup.nodes.Element mongolian = org.jsoup.Jsoup.parse(PageSession.anonymous(this::uri)
                        .get("/mn/contests/" + slug)
                        .body())
                .selectFirst("figure.contest-poster img");
        org.jsoup.nodes.Element chinese = org.jsoup.Jsoup.parse(PageSession.anonymous(this::uri)
                        .get("/contests/" + slug)
                        .body())
                .selectFirst("figure.contest-poster img");

        assertThat(mongolian.attr("alt")).isEqualTo("ᠤᠷᠢᠶᠠᠯᠭ᠎ᠠ᠄ " + title);
        assertThat(mongolian.hasAttr("lang")).as("in the page's language").isFalse();
        assertThat(chinese.attr("alt")).isEqualTo(contest.title() + "海报");
        assertThat(chinese.hasAttr("lang")).isFalse();
    }

    /**
     * The Mongolian texts: saved on their own form, shown on Mongolian pages (marked mn-Mong) with the Chinese ones kept
     * where none is given, the Chinese pages unchanged; a legacy-encoded paste is refused and what was typed comes back.
     */
    @Test
    void aContestsMongolianTextsShowOnMongolianPagesAndALegacyPasteComesBackRefused() {
        PageSession admin = PageSession.login(this::uri, ADMIN, ADMIN_PASSWORD);
        String slug = "mn-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> fields = fields(slug);
        fields.addAll(List.of("rubric[0].name", "科学性", "rubric[0].weight", "100"));
        assertThat(admin.post("/admin/contests", fields.toArray(String[]::new)).statusCode())
                .isEqualTo(302);
        Contest contest = contests.bySlug(slug);
        String title = "ᠰᠢᠨᠵᠢᠯᠡᠬᠦ ᠤᠬᠠᠭᠠᠨ ᠤ ᠸᠢᠳᠢᠶᠣ ᠶᠢᠨ ᠤᠷᠠᠯᠳᠤᠭᠠᠨ";

        HttpResponse<String> refused = admin.post(
                "/admin/contests/" + contest.id() + "/mongolian",
                "titleMn",
                title,
                "themeMn",
                "\ue234\ue2a1",
                "rulesMn",
                "ᠳᠦᠷᠢᠮ **ᠨᠢᠭᠡ**");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("旧编码的蒙古文").contains(title).contains("ᠳᠦᠷᠢᠮ **ᠨᠢᠭᠡ**");
        assertThat(contests.get(contest.id()).mongolian().isEmpty()).isTrue();

        assertThat(admin.post(
                                "/admin/contests/" + contest.id() + "/mongolian",
                                "titleMn",
                                title,
                                "themeMn",
                                "",
                                "rulesMn",
                                "ᠳᠦᠷᠢᠮ **ᠨᠢᠭᠡ**")
                        .statusCode())
                .isEqualTo(302);

        org.jsoup.nodes.Document mongolian = org.jsoup.Jsoup.parse(
                PageSession.anonymous(this::uri).get("/mn/contests/" + slug).body());
        assertThat(mongolian.selectFirst("main h1").text()).isEqualTo(title);
        assertThat(mongolian.selectFirst("main h1").attr("lang")).isEqualTo("mn-Mong");
        assertThat(mongolian.selectFirst("main p.lead").attr("lang"))
                .as("no Mongolian theme: the Chinese one, marked as Chinese")
                .isEqualTo("zh-CN");
        assertThat(mongolian.selectFirst("main p.lead").text()).isEqualTo(contest.theme());
        assertThat(mongolian.select("div.body[lang=mn-Mong] strong").text()).isEqualTo("ᠨᠢᠭᠡ");
        assertThat(PageSession.anonymous(this::uri).get("/mn/contests").body()).contains(title);
        String chinese =
                PageSession.anonymous(this::uri).get("/contests/" + slug).body();
        assertThat(chinese).contains(contest.title()).doesNotContain(title);
        assertThat(admin.get("/admin/contests/" + contest.id() + "/edit").body())
                .contains("ᠳᠦᠷᠢᠮ **ᠨᠢᠭᠡ**");
    }

    private static byte[] png() throws java.io.IOException {
        java.awt.image.BufferedImage image =
                new java.awt.image.BufferedImage(640, 360, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void rowProblemsStandNextToTheirRowAndNothingTypedIsLost() {
        PageSession admin = PageSession.login(this::uri, ADMIN, ADMIN_PASSWORD);
        String slug = "form-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> fields = fields(slug);
        fields.addAll(List.of(
                "rubric[0].name",
                "科学性",
                "rubric[0].weight",
                "50",
                "rubric[1].name",
                "",
                "rubric[1].weight",
                "40",
                "prizes[1].name",
                "人气奖",
                "prizes[1].reward",
                ""));

        HttpResponse<String> page = admin.post("/admin/contests", fields.toArray(String[]::new));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("请填写评分项名称")
                .contains("请填写奖励说明")
                .contains("value=\"人气奖\"")
                .contains("value=\"教师组\"")
                .contains("作品须为 **原创**。");
        assertThat(page.body().indexOf("请填写评分项名称"))
                .as("next to its row, before the prizes")
                .isLessThan(page.body().indexOf("id=\"prizes\""));
        assertThat(contests.all()).noneMatch(c -> c.slug().equals(slug));

        List<String> weights = fields(slug);
        weights.addAll(List.of("rubric[0].name", "科学性", "rubric[0].weight", "60"));
        assertThat(admin.post("/admin/contests", weights.toArray(String[]::new)).body())
                .contains("权重合计须为 100，现在是 60");
    }

    @Test
    void rowsAreAddedAndRemovedWithoutScript() {
        PageSession admin = PageSession.login(this::uri, ADMIN, ADMIN_PASSWORD);
        List<String> fields = fields("form-rows");
        fields.addAll(List.of("rubric[0].name", "科学性", "rubric[0].weight", "100", "add", "rubric"));

        String added =
                admin.post("/admin/contests", fields.toArray(String[]::new)).body();
        assertThat(added).contains("name=\"rubric[1].name\"").doesNotContain("name=\"rubric[2].name\"");

        List<String> removing = fields("form-rows");
        removing.addAll(List.of("remove", "groups:0"));
        String removed =
                admin.post("/admin/contests", removing.toArray(String[]::new)).body();
        assertThat(removed).doesNotContain("value=\"青少年组\"").contains("value=\"教师组\"");
        assertThat(contests.all()).noneMatch(c -> c.slug().equals("form-rows"));
    }

    @Test
    void aContestWithRulesStoredAsHtmlOpensInTheFormAsText() {
        Contest old = new ContestFixture(contests, entries, accounts, videos).collecting("旧赛事", 1, 60);
        PageSession admin = PageSession.login(this::uri, ADMIN, ADMIN_PASSWORD);

        String form = admin.get("/admin/contests/" + old.id() + "/edit").body();

        assertThat(form).contains(">规则</textarea>").doesNotContain("&lt;p&gt;");
        assertThat(form).contains("value=\"青少年组\"").contains("value=\"科学性\"");
    }

    @Test
    void theResultsPageBeforePublicationSaysWhenTheyWillBeOut() {
        Contest contest = new ContestFixture(contests, entries, accounts, videos).collecting("未公布结果的赛事", 1, 60);

        HttpResponse<String> page = PageSession.anonymous(this::uri).get("/contests/" + contest.slug() + "/results");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("评审结果尚未公布")
                .contains("北京时间")
                .contains("id=\"main\"")
                .contains("site-footer");
    }

    /** A valid contest apart from the rubric: two groups (one without a code), one prize. */
    private static List<String> fields(String slug) {
        LocalDateTime now =
                LocalDateTime.now(ZoneId.of("Asia/Shanghai")).withSecond(0).withNano(0);
        return new ArrayList<>(List.of(
                "title",
                "表单测试赛事",
                "slug",
                slug,
                "theme",
                "身边的科学",
                "rules",
                "作品须为 **原创**。\n\n- 时长不超过 5 分钟\n- 须有字幕",
                "submitOpens",
                LOCAL.format(now.minusDays(1)),
                "submitCloses",
                LOCAL.format(now.plusDays(10).toLocalDate().atStartOfDay()),
                "judgingOpens",
                LOCAL.format(now.plusDays(11)),
                "judgingCloses",
                LOCAL.format(now.plusDays(12)),
                "resultsAt",
                LOCAL.format(now.plusDays(13)),
                "maxDurationSeconds",
                "300",
                "maxSizeMb",
                "500",
                "minShortSide",
                "480",
                "formats",
                "mp4, mov",
                "entriesPerCreator",
                "2",
                "groups[0].code",
                "youth",
                "groups[0].name",
                "青少年组",
                "groups[0].first",
                "1",
                "groups[0].second",
                "2",
                "groups[0].third",
                "3",
                "groups[0].excellent",
                "5",
                "groups[1].code",
                "",
                "groups[1].name",
                "教师组",
                "groups[1].first",
                "1",
                "groups[1].second",
                "0",
                "groups[1].third",
                "0",
                "groups[1].excellent",
                "0",
                "categories[0].code",
                "video",
                "categories[0].name",
                "微视频",
                "prizes[0].name",
                "一等奖",
                "prizes[0].reward",
                "证书和奖金 2000 元"));
    }
}
