package org.kepu.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kepu.content.column.ColumnKind;
import org.kepu.content.column.Columns;
import org.kepu.content.column.ContentColumn;
import org.kepu.content.notice.SiteNotices;
import org.kepu.content.video.Videos;
import org.kepu.portal.PageSession;
import org.kepu.portal.PortalIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Screen mode in a hall: a screen left open shows the emergency notice within seconds of an editor
 * raising it, and a column with nothing in it plays the latest public videos with their title, a
 * QR code to the item and a clock, instead of a black screen.
 */
@RequiresChromium
class ScreenBrowserTests extends PortalIntegrationTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    Columns columns;

    @Autowired
    Videos videos;

    @Autowired
    SiteNotices notices;

    @AfterEach
    void lowerTheNotice() {
        notices.lower("测试");
    }

    @Test
    void anOpenScreenShowsTheEmergencyNoticeWithinSecondsAndAnEmptyColumnPlaysTheLatestVideos() {
        ContentColumn hall = columns.create(
                ContentColumn.create(
                        "hall-" + System.nanoTime() % 100000,
                        "科技馆大厅",
                        "科技馆一楼大厅的屏幕",
                        ColumnKind.SERIES,
                        90,
                        Instant.now()),
                "编辑");
        await().atMost(Duration.ofSeconds(120)).until(() -> !videos.latest().isEmpty());
        String latest = videos.latest().get(0).getTitle();
        browser.resize(Browser.DESKTOP);
        browser.open("/screen/columns/" + hall.slug());

        // the empty column plays the latest public videos, named, with a QR code to the video's page
        await().atMost(Duration.ofSeconds(20))
                .until(() -> browser.find(".screen-video").isDisplayed());
        assertThat(browser.find(".screen-video").getAttribute("src")).contains("/media/videos/");
        assertThat(browser.find("[data-fallback]").isDisplayed()).isTrue();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> browser.find("[data-title]").getText().equals(latest));
        assertThat(browser.find("[data-qr-img]").getAttribute("src")).contains("/qr.svg?path=%2Fvideos%2F");
        assertThat(browser.find("[data-clock]").getText()).matches(".*\\d{2}:\\d{2}.*");
        WebElement notice = browser.find("[data-screen-notice]");
        assertThat(notice.isDisplayed()).isFalse();
        browser.screenshot("screen-empty-column-desktop.png");

        // an editor raises the notice while the screen stays open
        PageSession editor = PageSession.login(this::uri, ADMIN, ADMIN_PASSWORD);
        HttpResponse<String> raised = editor.post(
                "/editor/notice",
                "kind",
                "SANDSTORM",
                "title",
                "沙尘暴橙色预警",
                "body",
                "今天下午有强沙尘暴，请减少外出，关好门窗。",
                "link",
                "/columns/yingji");
        assertThat(raised.statusCode()).isEqualTo(302);
        await().atMost(Duration.ofSeconds(15)).until(notice::isDisplayed);
        assertThat(notice.getText()).contains("沙尘暴橙色预警").contains("关好门窗");
        browser.screenshot("screen-notice-desktop.png");
        browser.resize(Browser.PHONE);
        browser.screenshot("screen-notice-phone.png");

        // lowered, it leaves the screen the same way
        editor.post("/editor/notice/lower");
        await().atMost(Duration.ofSeconds(15)).until(() -> !notice.isDisplayed());

        // a screen opened while a notice is up shows it at once
        notices.raise(org.kepu.content.notice.NoticeKind.FLOOD, "暴雨蓝色预警", "请远离河道。", null, "测试");
        browser.open("/screen/columns/" + hall.slug());
        assertThat(browser.driver()
                        .findElement(By.cssSelector("[data-screen-notice]"))
                        .isDisplayed())
                .isTrue();

        // with its Mongolian text, the notice and the screen's labels take turns in both languages
        notices.raise(
                org.kepu.content.notice.NoticeKind.FLOOD, "暴雨蓝色预警", "请远离河道。", "ᠪᠣᠷᠣᠭ᠎ᠠ", "ᠭᠣᠣᠯ ᠡᠴᠡ ᠬᠣᠯᠠ", null, "测试");
        WebElement bilingual = browser.find("[data-screen-notice]");
        await().atMost(Duration.ofSeconds(30)).until(() -> "mn-Mong".equals(bilingual.getDomProperty("lang")));
        assertThat(bilingual.getText()).contains("ᠪᠣᠷᠣᠭ᠎ᠠ");
        assertThat(browser.find(".screen-hint").getText()).doesNotContain("扫码");
        assertThat(browser.find("[data-fallback]").getDomProperty("textContent"))
                .as("the fallback label takes its turn too")
                .contains("ᠸᠢᠳᠢᠣ")
                .doesNotContain("最新");
        browser.screenshot("screen-notice-mongolian-desktop.png");
        await().atMost(Duration.ofSeconds(15)).until(() -> "zh-CN".equals(bilingual.getDomProperty("lang")));
        assertThat(bilingual.getText()).contains("暴雨蓝色预警");
        notices.lower("测试");
    }
}
