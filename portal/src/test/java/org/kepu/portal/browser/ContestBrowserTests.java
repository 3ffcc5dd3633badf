package org.kepu.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import org.assertj.core.data.Offset;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.kepu.content.account.Account;
import org.kepu.content.account.Accounts;
import org.kepu.content.account.Role;
import org.kepu.content.contest.Contest;
import org.kepu.content.contest.Contests;
import org.kepu.content.contest.Entries;
import org.kepu.content.contest.Entry;
import org.kepu.content.contest.EntryStatus;
import org.kepu.content.video.VideoStatus;
import org.kepu.content.video.Videos;
import org.kepu.media.transcode.SampleVideos;
import org.kepu.portal.PortalIntegrationTest;
import org.kepu.portal.signup.Captchas;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A whole contest in the browser: an admin creates it, two creators register and submit (one fixes
 * a returned entry), an editor accepts, three judges score blind, the public votes, the admin
 * publishes the results, and the Excel export holds the expected ranking.
 */
@RequiresChromium
class ContestBrowserTests extends PortalIntegrationTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final String JUDGE_PASSWORD = "评委-密码-2026";
    private static final String CREATOR_PASSWORD = "创作者-Mima-2026";

    @TempDir
    static Path temp;

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    SampleVideos samples;

    @Autowired
    Captchas captchas;

    @Autowired
    Contests contests;

    @Autowired
    Entries entries;

    @Autowired
    Videos videos;

    @Test
    void aWholeContestFromDefinitionToTheExportedRanking() throws Exception {
        String slug = "browser-contest-" + System.nanoTime() % 100000;
        List<String> judges = List.of(judge("评委甲"), judge("评委乙"), judge("评委丙"));
        Instant now = Instant.now();

        // an admin defines the contest, open for entries now
        browser.signIn(ADMIN, ADMIN_PASSWORD);
        browser.open("/admin/contests/new");
        browser.screenshots("contest-admin-form");
        type("title", "伊金霍洛旗科普微视频创作大赛（浏览器测试）");
        type("slug", slug);
        type("theme", "身边的科学");
        type("rules", "作品须为原创。\n\n时长不超过 5 分钟。");
        dates(now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)));
        // the rubric and the award places are rows of fields
        row("rubric[0].weight", "40");
        row("rubric[1].weight", "30");
        row("rubric[2].name", "");
        row("rubric[2].weight", "");
        row("rubric[3].weight", "30");
        row("groups[0].second", "1");
        row("groups[0].third", "0");
        row("groups[0].excellent", "0");
        row("groups[1].second", "0");
        row("groups[1].third", "0");
        row("groups[1].excellent", "0");
        row("prizes[0].name", "一等奖");
        row("prizes[0].reward", "证书和奖金 2000 元");
        type("minShortSide", "360");
        submit();
        await().until(() -> browser.driver().getCurrentUrl().matches(".*/admin/contests/\\d+$"));
        Contest contest = contests.bySlug(slug);
        for (int i = 0; i < judges.size(); i++) {
            String judge = judges.get(i);
            new Select(browser.find("#judgeId")).selectByVisibleText(judge + "（" + judge + "）");
            new Select(browser.find("#judge-group")).selectByValue("youth");
            browser.find("#judges form.inline-form button").click();
            int assigned = i + 1;
            await().until(() ->
                    browser.driver().findElements(By.cssSelector("#judges li")).size() == assigned);
        }
        assertThat(browser.driver().findElements(By.cssSelector("#judges li"))).hasSize(3);
        browser.signOut();

        // two creators register and submit from their phones
        String wang = register("138" + (10_000_000 + System.nanoTime() % 80_000_000), "王小明");
        long sandstorm = enter(slug, wang, "沙尘暴来了怎么办", "8 秒讲清楚沙尘暴天气的防护要点。", 440);
        browser.signOut();
        String li = register("139" + (10_000_000 + System.nanoTime() % 80_000_000), "李华");
        long water = enter(slug, li, "节约用水小实验", "在家用两个杯子比较滴水和关紧水龙头。", 660);
        browser.signOut();
        awaitReady(sandstorm);
        awaitReady(water);

        // the editor returns one entry, its creator fixes it, the editor accepts both
        browser.signIn(ADMIN, ADMIN_PASSWORD);
        browser.open("/editor/contests/" + contest.id() + "/entries");
        WebElement row = browser.find("tr[data-entry='节约用水小实验']");
        row.findElement(By.name("reason")).sendKeys("请在简介中写明实验需要的材料");
        row.findElement(By.cssSelector("form.inline-form button")).click();
        await().until(() -> entries.get(water).status() == EntryStatus.RETURNED);
        browser.signOut();
        browser.signIn(li, CREATOR_PASSWORD);
        browser.open("/creator/entries/" + water);
        assertThat(browser.find("[data-timeline-reason]").getText()).isEqualTo("请在简介中写明实验需要的材料");
        WebElement summary = browser.find("#summary");
        summary.clear();
        summary.sendKeys("材料：两个量杯、一个水龙头。比较滴水一小时和关紧水龙头的水量。");
        browser.find("form.form button[type=submit]").click();
        await().until(() -> entries.get(water).status() == EntryStatus.PENDING);
        browser.signOut();
        browser.signIn(ADMIN, ADMIN_PASSWORD);
        browser.open("/editor/contests/" + contest.id() + "/entries");
        for (long entry : List.of(sandstorm, water)) {
            String title = entries.get(entry).title();
            browser.find("tr[data-entry='" + title + "'] form.inline button").click();
            await().until(() -> entries.get(entry).status() == EntryStatus.ACCEPTED);
            await().until(() -> browser.find(".notice").getText().contains(title));
        }
        assertThat(entries.accepted(contest.id())).extracting(Entry::id).containsExactlyInAnyOrder(sandstorm, water);

        // judging opens: the admin moves the dates
        browser.open("/admin/contests/" + contest.id() + "/edit");
        dates(
                now.minus(Duration.ofDays(3)),
                now.minus(Duration.ofDays(2)),
                now.minus(Duration.ofHours(1)),
                now.plus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(2)));
        saveContest(contest);
        browser.signOut();

        // three judges score blind; no name, unit or phone on their pages
        int[][] sheets = {{90, 80, 85}, {70, 75, 70}, {88, 90, 80}};
        for (int j = 0; j < judges.size(); j++) {
            browser.signIn(judges.get(j), JUDGE_PASSWORD);
            browser.open("/judge/contests/" + contest.id());
            assertThat(browser.driver().getPageSource()).doesNotContain("王小明", "李华", wang, li, "伊金霍洛旗第一中学");
            score(sandstorm, sheets[j]);
            score(water, new int[] {60, 65, 70});
            assertThat(browser.driver().getPageSource()).doesNotContain("王小明", "李华", "伊金霍洛旗第一中学");
            browser.signOut();
        }

        // the public votes
        String voter = register("136" + (10_000_000 + System.nanoTime() % 80_000_000), "热心观众");
        browser.open("/contests/" + slug + "/entries/" + water);
        browser.find("section.vote button").click();
        await().until(() -> browser.find(".notice").getText().contains("投票成功"));
        assertThat(browser.find("[data-vote-count]").getText()).isEqualTo("1 票");
        assertThat(browser.driver().findElements(By.cssSelector("section.vote button")))
                .as("once per day")
                .isEmpty();
        assertThat(browser.find(".share-qr img").getAttribute("src"))
                .contains("/qr.svg?path=/contests/" + slug + "/entries/" + water);
        browser.screenshots("contest-entry");
        browser.signOut();
        browser.open("/contests/" + slug);
        browser.screenshots("contest-page");
        browser.open("/contests/" + slug + "/results");
        assertThat(browser.find("#main").getText()).contains("评审结果尚未公布");
        browser.screenshots("contest-results-unpublished");

        // judging ends; the admin publishes the results
        browser.signIn(ADMIN, ADMIN_PASSWORD);
        browser.open("/admin/contests/" + contest.id() + "/edit");
        dates(
                now.minus(Duration.ofDays(4)),
                now.minus(Duration.ofDays(3)),
                now.minus(Duration.ofDays(2)),
                now.minus(Duration.ofHours(1)),
                now.plus(Duration.ofDays(2)));
        saveContest(contest);
        // publishing asks first and says what will happen
        browser.find("#ranking a.button").click();
        await().until(() -> browser.driver().getCurrentUrl().endsWith("/admin/contests/" + contest.id() + "/publish"));
        assertThat(browser.find("#main").getText()).contains("发布不能撤回").contains("公示至");
        assertThat(contests.get(contest.id()).resultsPublished()).isFalse();
        browser.find("main form button[type=submit]").click();
        await().until(() -> contests.get(contest.id()).resultsPublished());
        await().until(() -> browser.find(".notice").getText().contains("结果已发布"));
        byte[] workbook = download("/admin/contests/" + contest.id() + "/export.xlsx");
        browser.signOut();

        browser.open("/contests/" + slug + "/results");
        String results = browser.find("#main").getText();
        assertThat(results).contains("公示").contains("一等奖").contains("沙尘暴来了怎么办").contains("二等奖");
        assertThat(results.indexOf("沙尘暴来了怎么办")).isLessThan(results.indexOf("节约用水小实验"));

        // sandstorm: (85.5 + 71.5 + 86.2) / 3 = 81.067; water: 64.5 from each judge
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(workbook))) {
            List<Row> ranking = book.getFirstSheet().read();
            assertThat(ranking.get(1).getCellText(3)).isEqualTo("沙尘暴来了怎么办");
            assertThat(ranking.get(1).getCellText(6)).isEqualTo("一等奖");
            assertThat(ranking.get(1).getCellText(4)).isEqualTo("3");
            assertThat(Double.parseDouble(ranking.get(1).getCellText(5))).isEqualTo(81.067, Offset.offset(0.001));
            assertThat(ranking.get(2).getCellText(3)).isEqualTo("节约用水小实验");
            assertThat(ranking.get(2).getCellText(6)).isEqualTo("二等奖");
            assertThat(Double.parseDouble(ranking.get(2).getCellText(5))).isEqualTo(64.5, Offset.offset(0.001));
            assertThat(ranking.get(2).getCellText(8)).isEqualTo("1");
        }
        assertThat(voter).isNotBlank();
    }

    private String judge(String name) {
        accounts.findByUsername(name)
                .orElseGet(() -> accounts.add(Account.create(
                        name, encoder.encode(JUDGE_PASSWORD), name, EnumSet.of(Role.JUDGE), Instant.now())));
        return name;
    }

    /** Registers through the sign-up page, which signs the new creator in; answers the login name. */
    private String register(String phone, String name) {
        browser.open("/signup");
        type("contact", phone);
        type("displayName", name);
        type("password", CREATOR_PASSWORD);
        type("passwordAgain", CREATOR_PASSWORD);
        String token = browser.driver().findElement(By.name("captchaToken")).getDomProperty("value");
        type("captcha", captchas.answerOf(token).orElseThrow());
        browser.driver().findElement(By.name("consent")).click();
        // typing started the proof of work; the widget holds a submission back while it still counts
        await().atMost(Duration.ofSeconds(60))
                .until(() -> !browser.find("input[name=altcha]")
                        .getAttribute("value")
                        .isBlank());
        submit();
        // sign-up signs the creator in and leads to their entries
        await().atMost(Duration.ofSeconds(20))
                .until(() -> browser.driver().getCurrentUrl().endsWith("/creator/entries"));
        return phone;
    }

    private long enter(String slug, String creator, String title, String summary, int toneHz) {
        Path video =
                samples.generate(temp.resolve(title + ".mp4"), 640, 360, Duration.ofSeconds(3), OptionalInt.of(toneHz));
        browser.open("/contests/" + slug);
        browser.driver().findElement(By.linkText("我要参赛")).click();
        browser.find("#file").sendKeys(video.toAbsolutePath().toString());
        await().atMost(Duration.ofSeconds(60))
                .until(() -> browser.find("[data-tus-status]").getText().contains("上传完成"));
        type("title", title);
        type("summary", summary);
        new Select(browser.find("#groupCode")).selectByValue("youth");
        new Select(browser.find("#categoryCode")).selectByValue("video");
        type("unit", "伊金霍洛旗第一中学");
        new Select(browser.find("#townCode")).selectByVisibleText("阿勒腾席热镇");
        browser.find("#minor1").click();
        type("guardianName", "监护人" + creator.substring(7));
        browser.find("#guardianConsent1").click();
        browser.find("#originality1").click();
        browser.find("[data-tus-submit]").click();
        await().until(() -> browser.driver().getCurrentUrl().matches(".*/creator/entries/\\d+$"));
        assertThat(browser.find(".notice").getText()).contains("作品已提交");
        return Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*/", ""));
    }

    private void score(long entryId, int[] scores) {
        browser.open("/judge/entries/" + entryId);
        for (int i = 0; i < scores.length; i++) {
            type("score-" + i, String.valueOf(scores[i]));
        }
        browser.find("button[value=submit]").click();
        await().until(() -> browser.find(".notice").getText().contains("评分已提交"));
    }

    private void awaitReady(long entryId) {
        long video = entries.get(entryId).videoId();
        await().atMost(Duration.ofMinutes(2))
                .until(() -> videos.find(video).orElseThrow().getStatus() != VideoStatus.PROCESSING);
        assertThat(videos.find(video).orElseThrow().getStatus())
                .as(videos.find(video).orElseThrow().getReason())
                .isEqualTo(VideoStatus.READY);
    }

    private void dates(Instant opens, Instant closes) {
        dates(
                opens,
                closes,
                closes.plus(Duration.ofDays(1)),
                closes.plus(Duration.ofDays(2)),
                closes.plus(Duration.ofDays(3)));
    }

    /** datetime-local fields take typed digits differently per locale; set them as a script would. */
    private void dates(Instant... at) {
        String[] fields = {"submitOpens", "submitCloses", "judgingOpens", "judgingCloses", "resultsAt"};
        for (int i = 0; i < fields.length; i++) {
            browser.driver()
                    .executeScript(
                            "document.getElementById(arguments[0]).value = arguments[1];",
                            fields[i],
                            LOCAL.format(LocalDateTime.ofInstant(at[i], BEIJING)));
        }
    }

    private byte[] download(String path) throws Exception {
        // the servlet container's cookie, or Spring Session's when sessions live in the database
        Cookie session = browser.driver().manage().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID") || c.getName().equals("SESSION"))
                .findFirst()
                .orElseThrow();
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(uri(path))
                                .header("Cookie", session.getName() + "=" + session.getValue())
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private void type(String id, String text) {
        await().until(() -> !browser.driver().findElements(By.id(id)).isEmpty());
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void row(String name, String text) {
        WebElement field = browser.driver().findElement(By.name(name));
        field.clear();
        field.sendKeys(text);
    }

    private void saveContest(Contest contest) {
        submit();
        await().until(() -> browser.driver().getCurrentUrl().endsWith("/admin/contests/" + contest.id()));
        assertThat(browser.find(".notice").getText()).isEqualTo("赛事已保存。");
    }

    private void submit() {
        browser.find("main form.form button[type=submit]").click();
    }
}
