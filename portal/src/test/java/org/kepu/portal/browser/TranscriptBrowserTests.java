package org.kepu.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kepu.content.video.Captions;
import org.kepu.portal.PortalIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The transcript panel of a video page as a viewer uses it: the cue being said is marked as the video plays, a
 * click on a cue moves the player there without loading the page again, the search box narrows the cues, and in
 * 长辈模式 the captions are on.
 */
@RequiresChromium
class TranscriptBrowserTests extends PortalIntegrationTest {

    private static final long VIDEO = 1;
    private static final String VTT = "WEBVTT\n\n"
            + "00:00:00.000 --> 00:00:02.000\n准备好家庭应急包\n\n"
            + "00:00:02.000 --> 00:00:04.000\n检查手电筒和电池\n\n"
            + "00:00:04.000 --> 00:00:06.000\n饮用水要够三天\n\n"
            + "00:00:06.000 --> 00:00:07.900\n记下家人的联系电话\n";

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    Captions captions;

    @BeforeEach
    void captionedVideo() {
        await().atMost(Duration.ofMinutes(3))
                .ignoreExceptions()
                .until(() -> "READY"
                        .equals(getJson("/api/v1/videos/" + VIDEO)
                                .path("status")
                                .asString()));
        captions.upload(VIDEO, "zh", VTT.getBytes(StandardCharsets.UTF_8), "editor");
        browser.signOut();
    }

    // the demo video is shared with other tests of this context: it leaves as it came
    @AfterEach
    void removeCaptions() {
        captions.remove(VIDEO, "zh", "editor");
    }

    @Test
    void theMarkedCueFollowsPlaybackAndAClickSeeksWithoutLoadingThePage() {
        browser.resize(Browser.DESKTOP);
        browser.open("/videos/" + VIDEO);
        assertThat(cueLinks())
                .extracting(a -> a.getDomAttribute("href"))
                .containsExactly("?t=0", "?t=2", "?t=4", "?t=6");
        // opened where there is room
        assertThat(browser.find("[data-transcript]").getDomProperty("open")).isEqualTo("true");
        browser.driver().executeScript("window.samePage = true;");

        play();
        await().atMost(Duration.ofSeconds(20)).until(() -> "检查手电筒和电池".equals(markedCue()));
        await().atMost(Duration.ofSeconds(20)).until(() -> "饮用水要够三天".equals(markedCue()));
        assertThat(browser.driver().findElements(By.cssSelector(".transcript-cues a[aria-current]")))
                .hasSize(1);
        browser.screenshot("transcript-playing-desktop.png");

        browser.driver().executeScript("document.getElementById('player').pause();");
        cueLinks().get(1).click();
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(currentTime()).isCloseTo(2.0, within(1.0)));
        await().atMost(Duration.ofSeconds(10)).until(() -> "检查手电筒和电池".equals(markedCue()));
        assertThat(browser.driver().executeScript("return window.samePage === true;"))
                .isEqualTo(true);
        assertThat(browser.driver().getCurrentUrl()).endsWith("/videos/" + VIDEO);
    }

    @Test
    void theSearchBoxNarrowsTheCuesAndMarksTheWords() {
        browser.resize(Browser.DESKTOP);
        browser.open("/videos/" + VIDEO);
        WebElement search = browser.find("#transcript-q");

        search.sendKeys("电");
        await().atMost(Duration.ofSeconds(5)).until(() -> visibleCues().size() == 2);
        assertThat(visibleCues()).containsExactly("检查手电筒和电池", "记下家人的联系电话");
        assertThat(browser.driver().findElements(By.cssSelector(".transcript-cues li:not([hidden]) mark")))
                .extracting(WebElement::getText)
                .containsOnly("电");
        assertThat(browser.find("[data-transcript-status]").getText()).contains("2");
        browser.screenshot("transcript-search-desktop.png");

        search.sendKeys("话");
        await().atMost(Duration.ofSeconds(5)).until(() -> visibleCues().size() == 1);
        search.clear();
        search.sendKeys(" ");
        await().atMost(Duration.ofSeconds(5)).until(() -> visibleCues().size() == 4);
    }

    @Test
    void inElderlyModeTheCaptionsAreOnAndTheTranscriptLarge() {
        browser.resize(Browser.PHONE);
        browser.open("/videos/" + VIDEO);
        // folded on a phone, so the page below the player stays in reach
        assertThat(browser.find("[data-transcript]").getDomProperty("open")).isEqualTo("false");
        await().atMost(Duration.ofSeconds(10)).until(() -> !"showing".equals(trackMode()));
        double normal = fontSize(cueLinks().get(0));

        browser.find("[data-toggle-elderly]").click();
        await().atMost(Duration.ofSeconds(10)).until(() -> "showing".equals(trackMode()));

        browser.driver().navigate().refresh();
        await().atMost(Duration.ofSeconds(10)).until(() -> "showing".equals(trackMode()));
        browser.find("[data-transcript] summary").click();
        assertThat(fontSize(cueLinks().get(0))).isGreaterThan(normal);

        // when hls.js takes over at play, the captions stay on and keep their cues
        play();
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(
                                browser.driver()
                                        .executeScript(
                                                "var v = document.getElementById('player'), t = v.textTracks[0];"
                                                        + " return v.currentSrc.indexOf('blob:') === 0 && v.currentTime > 2.2"
                                                        + " && t.mode === 'showing' && t.cues.length === 4 && t.activeCues.length === 1;"))
                        .isEqualTo(true));
        browser.screenshot("transcript-elderly-phone.png");

        browser.find("[data-toggle-elderly]").click();
        await().atMost(Duration.ofSeconds(10)).until(() -> !"showing".equals(trackMode()));
    }

    @Test
    void underMongolianTheChineseCuesKeepTheirLanguage() {
        browser.resize(Browser.DESKTOP);
        browser.open("/mn/videos/" + VIDEO);

        assertThat(browser.find(".transcript-cues").getDomAttribute("lang")).isEqualTo("zh-CN");
        assertThat(cueLinks()).hasSize(4);
        browser.screenshot("transcript-mn-desktop.png");
    }

    private List<WebElement> cueLinks() {
        return browser.driver().findElements(By.cssSelector(".transcript-cues a"));
    }

    private List<String> visibleCues() {
        return browser.driver().findElements(By.cssSelector(".transcript-cues li:not([hidden]) .cue")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private String markedCue() {
        return (String) browser.driver()
                .executeScript("var a = document.querySelector('.transcript-cues a[aria-current]');"
                        + " return a ? a.querySelector('.cue').textContent : null;");
    }

    private void play() {
        browser.driver()
                .executeScript("var v = document.getElementById('player'); v.muted = true;"
                        + " v.play().catch(function (e) { v.dataset.playError = e.name; });");
    }

    private double currentTime() {
        return ((Number) browser.driver().executeScript("return document.getElementById('player').currentTime;"))
                .doubleValue();
    }

    private String trackMode() {
        return (String) browser.driver()
                .executeScript("var t = document.getElementById('player').textTracks;"
                        + " return t.length ? t[0].mode : null;");
    }

    private double fontSize(WebElement element) {
        Object size = browser.driver().executeScript("return getComputedStyle(arguments[0]).fontSize", element);
        return Double.parseDouble(String.valueOf(size).replace("px", ""));
    }
}
