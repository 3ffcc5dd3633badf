package org.kepu.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.kepu.content.account.Account;
import org.kepu.content.account.Accounts;
import org.kepu.content.account.Role;
import org.kepu.content.video.Captions;
import org.kepu.content.video.Videos;
import org.kepu.portal.PortalIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * Issue 17's acceptance, as editors and a viewer do it in the browser: an SRT in GBK for a published
 * video opens in the caption editor with its overlapping cue named, is fixed there and saved as a
 * revision, approved by another person, and then a phrase said only in the captions finds the video
 * at its moment, the link starts the player there and the transcript follows playback. Also the
 * editor's tools on their own: shift, stretch, split, merge, delete, add and undo.
 */
@RequiresChromium
class CaptionEditorBrowserTests extends PortalIntegrationTest {

    private static final long VIDEO = 1;
    private static final String PASSWORD = "字幕编辑-Secret-2026";
    private static final String SRT = "1\r\n00:00:00,500 --> 00:00:02,500\r\n风沙天出门要戴好口罩\r\n\r\n"
            + "2\r\n00:00:02,000 --> 00:00:04,500\r\n胡杨根须能扎进地下二十米\r\n\r\n"
            + "3\r\n00:00:04,500 --> 00:00:07,500\r\n回家以后先洗脸再喝水\r\n";

    @RegisterExtension
    static final Browser browser = new Browser();

    @TempDir
    Path temp;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    Captions captions;

    @Autowired
    Videos videos;

    @BeforeEach
    void transcoded() {
        await().atMost(Duration.ofMinutes(3))
                .ignoreExceptions()
                .until(() -> "READY"
                        .equals(getJson("/api/v1/videos/" + VIDEO)
                                .path("status")
                                .asString()));
        browser.signOut();
    }

    // the demo video is shared with other tests of this context: it leaves without captions, as it came
    @AfterEach
    void removeCaptions() {
        captions.remove(VIDEO, "zh", "editor");
    }

    @Test
    void aGbkSrtWithAnOverlapIsFixedInTheEditorApprovedByAnotherAndFoundAtItsMoment() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String editor = account("caption-editor-" + suffix, Role.EDITOR);
        List<String> reviewers = List.of(
                account("caption-reviewer-a-" + suffix, Role.REVIEWER),
                account("caption-reviewer-b-" + suffix, Role.REVIEWER));
        Path srt = Files.write(temp.resolve("字幕.srt"), SRT.getBytes(Charset.forName("GBK")));

        browser.resize(Browser.DESKTOP);
        browser.signIn(editor, PASSWORD);
        browser.open("/editor/videos/" + VIDEO);
        browser.find("#caption-file").sendKeys(srt.toString());
        new Select(browser.find("#caption-language")).selectByValue("zh");
        browser.find("form[action$='/captions'] button[type=submit]").click();
        browser.awaitUrlContaining("/captions");

        WebElement problems = browser.find("[data-caption-problems]");
        assertThat(problems.getText()).contains("第 2 条（第 6 行，00:00:02.000）：与第 1 条重叠");
        await().atMost(Duration.ofSeconds(10)).until(() -> cueTexts().size() == 3);
        assertThat(cueTexts()).containsExactly("风沙天出门要戴好口罩", "胡杨根须能扎进地下二十米", "回家以后先洗脸再喝水");
        assertThat(browser.find("#cue-2").getText()).contains("与第 1 条重叠");
        browser.screenshots("caption-editor-problem");

        WebElement start = browser.find("#cue-start-2");
        start.clear();
        start.sendKeys("00:00:02.500", Keys.TAB);
        await().atMost(Duration.ofSeconds(5))
                .until(() -> browser.find("[data-caption-status]").getText().contains("没有发现问题"));
        assertThat(source()).contains("00:00:02.500 --> 00:00:04.500\n胡杨根须能扎进地下二十米");
        browser.find("[data-caption-submit]").click();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> browser.find("main").getText().contains("字幕修改已保存并提交审核"));
        assertThat(browser.find("main").getText()).contains("待审核的字幕修改");
        assertThat(captions.find(VIDEO, "zh"))
                .as("the public has no track until it is approved")
                .isEmpty();

        // four eyes: the editor may not approve; other people do, level by level
        for (String reviewer : reviewers) {
            if (!videos.find(VIDEO).orElseThrow().isInReview()) {
                break;
            }
            browser.signOut();
            browser.signIn(reviewer, PASSWORD);
            browser.open("/editor/videos/" + VIDEO);
            assertThat(browser.find("[data-caption-review]").getText()).contains("00:00:02.500 胡杨根须能扎进地下二十米");
            browser.screenshot("caption-review-desktop.png");
            browser.find("form[action$='/approve'] button").click();
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> !browser.driver()
                            .findElements(By.cssSelector("main p.notice[role=status]"))
                            .isEmpty());
        }
        assertThat(captions.cues(VIDEO, "zh")).hasSize(3);

        String search = "/api/v1/search?q=" + encode("胡杨根须");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode items = getJson(search).path("items");
            assertThat(items).isNotEmpty();
            assertThat(items.get(0).path("id").asLong()).isEqualTo(VIDEO);
            assertThat(items.get(0).path("moments").get(0).path("seconds").asInt())
                    .isEqualTo(2);
        });

        browser.signOut();
        browser.open("/search?q=" + encode("胡杨根须"));
        WebElement moment = browser.find("a[href='/videos/" + VIDEO + "?t=2']");
        assertThat(moment.getText()).contains("00:02");
        browser.screenshot("caption-search-moment-desktop.png");
        moment.click();
        browser.awaitUrlContaining("/videos/" + VIDEO + "?t=2");
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(currentTime()).isCloseTo(2.0, within(1.0)));
        browser.driver()
                .executeScript("var v = document.getElementById('player'); v.muted = true;"
                        + " v.play().catch(function (e) { v.dataset.playError = e.name; });");
        await().atMost(Duration.ofSeconds(20)).until(() -> "回家以后先洗脸再喝水".equals(markedCue()));
        browser.screenshot("caption-transcript-follows-desktop.png");
    }

    @Test
    void theEditorShiftsStretchesSplitsMergesDeletesAddsAndUndoesWithoutSaving() {
        captions.upload(
                VIDEO,
                "zh",
                ("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n准备应急包\n\n" + "00:00:03.000 --> 00:00:04.000\n检查手电筒\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "editor");
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        browser.resize(Browser.DESKTOP);
        browser.signIn(account("caption-tools-" + suffix, Role.EDITOR), PASSWORD);
        browser.open("/editor/videos/" + VIDEO + "/captions/zh");
        await().atMost(Duration.ofSeconds(10)).until(() -> cueTexts().size() == 2);

        browser.find("[data-caption-tools] summary").click();
        WebElement shift = browser.find("[data-shift-ms]");
        shift.clear();
        shift.sendKeys("500");
        browser.find("[data-shift='all']").click();
        assertThat(source()).contains("00:00:01.500 --> 00:00:02.500", "00:00:03.500 --> 00:00:04.500");

        // cue 1 from 1.5 s to 1 s, cue 2 from 3.5 s to 5 s: every time on that line, lengths doubled
        field("[data-anchor-at='1']", "00:00:01.000");
        field("[data-anchor-at='2']", "00:00:05.000");
        browser.find("[data-stretch]").click();
        assertThat(source()).contains("00:00:01.000 --> 00:00:03.000", "00:00:05.000 --> 00:00:07.000");

        browser.driver().executeScript("document.getElementById('caption-player').currentTime = 6;");
        await().atMost(Duration.ofSeconds(5))
                .until(() -> browser.find("#cue-2").getDomAttribute("aria-current") != null);
        browser.find("#cue-2 [data-action='split']").click();
        assertThat(cueTexts()).containsExactly("准备应急包", "检查手", "电筒");
        assertThat(source()).contains("00:00:05.000 --> 00:00:06.000", "00:00:06.000 --> 00:00:07.000");

        browser.find("#cue-2 [data-action='merge']").click();
        assertThat(cueTexts()).containsExactly("准备应急包", "检查手\n电筒");
        browser.find("#cue-2 [data-action='delete']").click();
        assertThat(cueTexts()).hasSize(1);
        browser.find("[data-add]").click();
        assertThat(cueTexts()).hasSize(2);
        assertThat(browser.find("[data-caption-status]").getText()).contains("1 处问题");
        browser.find("#cue-text-2").sendKeys("记下联系电话", Keys.TAB);
        assertThat(source()).contains("00:00:03.000 --> 00:00:05.000\n记下联系电话");
        browser.screenshot("caption-editor-tools-desktop.png");
        browser.resize(Browser.PHONE);
        browser.screenshot("caption-editor-tools-phone.png");
        browser.resize(Browser.DESKTOP);

        browser.find("[data-undo]").click();
        browser.find("[data-undo]").click();
        assertThat(cueTexts()).hasSize(1);

        browser.find("#cue-1 .caption-cue-number").click();
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(((Number) browser.driver()
                                        .executeScript("return document.getElementById('caption-player').currentTime;"))
                                .doubleValue())
                        .isCloseTo(1.0, within(0.1)));
        assertThat(captions.cues(VIDEO, "zh"))
                .as("nothing is saved until the editor saves")
                .hasSize(2);
    }

    private void field(String css, String value) {
        WebElement input = browser.find(css);
        input.clear();
        input.sendKeys(value);
    }

    private List<String> cueTexts() {
        return browser.driver().findElements(By.cssSelector("[data-caption-cues] textarea")).stream()
                .map(e -> e.getDomProperty("value"))
                .toList();
    }

    private String source() {
        return browser.find("[data-caption-text]").getDomProperty("value");
    }

    private double currentTime() {
        return ((Number) browser.driver().executeScript("return document.getElementById('player').currentTime;"))
                .doubleValue();
    }

    private String markedCue() {
        return (String) browser.driver()
                .executeScript("var a = document.querySelector('.transcript-cues a[aria-current]');"
                        + " return a ? a.querySelector('.cue').textContent : null;");
    }

    private String account(String username, Role role) {
        accounts.add(Account.create(username, encoder.encode(PASSWORD), username, EnumSet.of(role), Instant.now()));
        return username;
    }
}
