package org.kepu.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kepu.portal.PortalIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * 长辈模式 as a reader meets it: switched on at the top of the home page, it stays on through an article and a
 * video (larger text), switched off it stays off; the 字号 buttons change the article's text size and are
 * remembered.
 */
@RequiresChromium
class ElderlyModeBrowserTests extends PortalIntegrationTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void theSwitchTurnsElderlyModeOnAndOffAcrossPages() {
        long video = readyVideo();
        browser.signOut();
        browser.resize(Browser.PHONE);
        browser.open("/");
        double normal = rootFontSize();
        assertThat(switchState()).isEqualTo("false");
        assertThat(browser.find("[data-toggle-elderly]").getText()).contains("长辈模式", "关");

        browser.find("[data-toggle-elderly]").click();
        await().atMost(Duration.ofSeconds(10)).until(() -> "true".equals(switchState()));
        assertThat(browser.find("[data-toggle-elderly]").getText()).contains("开");
        assertThat(rootFontSize()).isGreaterThan(normal);
        browser.screenshot("elderly-home-phone.png");

        String article = browser.find(".card a[href*='/articles/']").getDomAttribute("href");
        browser.open(article);
        assertThat(switchState()).isEqualTo("true");
        assertThat(rootFontSize()).isGreaterThan(normal);
        assertThat(fontSize(browser.find("main h1"))).isGreaterThan(normal * 1.6);
        browser.screenshot("elderly-article-phone.png");

        browser.open("/videos/" + video);
        assertThat(switchState()).isEqualTo("true");
        assertThat(rootFontSize()).isGreaterThan(normal);
        browser.screenshot("elderly-video-phone.png");

        browser.find("[data-toggle-elderly]").click();
        await().atMost(Duration.ofSeconds(10)).until(() -> "false".equals(switchState()));
        assertThat(rootFontSize()).isEqualTo(normal);

        browser.open("/columns/yingji");
        assertThat(switchState()).isEqualTo("false");
        assertThat(browser.find("[data-toggle-elderly]").getText()).contains("关");
        assertThat(rootFontSize()).isEqualTo(normal);
    }

    @Test
    void theTextSizeButtonsChangeTheArticleTextAndAreRemembered() {
        browser.signOut();
        browser.resize(Browser.DESKTOP);
        browser.open("/");
        browser.open(browser.find(".card a[href*='/articles/']").getDomAttribute("href"));
        double medium = fontSize(body());

        textSize("大").click();
        await().atMost(Duration.ofSeconds(10)).until(() -> fontSize(body()) > medium);
        assertThat(textSize("大").getDomAttribute("aria-pressed")).isEqualTo("true");
        assertThat(textSize("中").getDomAttribute("aria-pressed")).isEqualTo("false");

        browser.driver().navigate().refresh();
        assertThat(fontSize(body())).isGreaterThan(medium);

        textSize("小").click();
        await().atMost(Duration.ofSeconds(10)).until(() -> fontSize(body()) < medium);
        browser.screenshot("text-size-small-desktop.png");
    }

    /** A demo video's id once it is READY (the public API answers 404 before). */
    private long readyVideo() {
        return await().atMost(Duration.ofMinutes(4))
                .pollInterval(Duration.ofSeconds(1))
                .until(this::firstReadyDemoVideo, OptionalLong::isPresent)
                .getAsLong();
    }

    private OptionalLong firstReadyDemoVideo() throws Exception {
        for (long id = 1; id <= 3; id++) {
            if (get("/api/v1/videos/" + id).statusCode() == 200) {
                return OptionalLong.of(id);
            }
        }
        return OptionalLong.empty();
    }

    private WebElement body() {
        return browser.find("article .body");
    }

    private WebElement textSize(String label) {
        return browser.driver().findElements(By.cssSelector("[data-text-size]")).stream()
                .filter(b -> b.getText().equals(label))
                .findFirst()
                .orElseThrow();
    }

    private String switchState() {
        return browser.find("[data-toggle-elderly]").getDomAttribute("aria-pressed");
    }

    private double rootFontSize() {
        return fontSize(browser.find("html"));
    }

    private double fontSize(WebElement element) {
        Object size = browser.driver().executeScript("return getComputedStyle(arguments[0]).fontSize", element);
        return Double.parseDouble(String.valueOf(size).replace("px", ""));
    }
}
