package org.kepu.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kepu.portal.PortalIntegrationTest;
import org.openqa.selenium.Dimension;

/**
 * A reader switches to Mongolian and back, on a phone and a desktop: Mongolian titles stand vertical in the
 * Mongolian font (the font Chromium reports for the text, glyphs taller than wide), Chinese pages do not load it,
 * and the home page remembers the choice.
 */
@RequiresChromium
class LanguageBrowserTests extends PortalIntegrationTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void onAPhone() {
        switchesToMongolianAndBack(Browser.PHONE, "language-phone");
    }

    @Test
    void onADesktop() {
        switchesToMongolianAndBack(Browser.DESKTOP, "language-desktop");
    }

    private void switchesToMongolianAndBack(Dimension size, String screenshot) {
        browser.signOut();
        browser.resize(size);
        browser.open("/");
        assertThat(script("return document.documentElement.lang")).isEqualTo("zh-CN");

        browser.find(".language-switch").click();
        browser.awaitUrlContaining("/mn/");
        assertThat(script("return document.documentElement.lang")).isEqualTo("mn-Mong");
        String title = "main section > h2";
        assertThat(script("return getComputedStyle(document.querySelector('" + title + "')).writingMode"))
                .isEqualTo("vertical-lr");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> Boolean.TRUE.equals(browser.driver()
                        .executeScript("return [...document.fonts].some(f => f.family.includes('Noto Sans Mongolian')"
                                + " && f.status === 'loaded')")));
        assertThat(renderingFonts(title)).contains("Noto Sans Mongolian");
        @SuppressWarnings("unchecked")
        Map<String, Number> box = (Map<String, Number>) browser.driver()
                .executeScript("const r = document.createRange();"
                        + " r.selectNodeContents(document.querySelector('" + title + "'));"
                        + " const b = r.getBoundingClientRect(); return {width: b.width, height: b.height};");
        assertThat(box.get("height").doubleValue())
                .isGreaterThan(box.get("width").doubleValue());
        browser.screenshot(screenshot + "-mn.png");

        // links stay in Mongolian
        browser.open(browser.find(".card a[href*='/articles/']").getDomAttribute("href"));
        assertThat(browser.driver().getCurrentUrl()).contains("/mn/articles/");
        assertThat(script("return document.documentElement.lang")).isEqualTo("mn-Mong");

        // the home page remembers the language
        browser.open("/");
        browser.awaitUrlContaining("/mn/");

        browser.find(".language-switch").click();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !browser.driver().getCurrentUrl().contains("/mn/"));
        assertThat(script("return document.documentElement.lang")).isEqualTo("zh-CN");
        assertThat(browser.driver()
                        .executeScript("return [...document.fonts].filter(f => f.family.includes('Mongolian'))"
                                + ".filter(f => f.status !== 'unloaded').length"))
                .as("declared on every page, the font is not loaded where no Mongolian text shows")
                .isEqualTo(0L);
        browser.open("/");
        assertThat(script("return document.documentElement.lang")).isEqualTo("zh-CN");
        browser.screenshot(screenshot + "-zh.png");
    }

    private String script(String code) {
        return String.valueOf(browser.driver().executeScript(code));
    }

    /** The fonts Chromium drew an element's text with, as its DevTools report them. */
    @SuppressWarnings("unchecked")
    private List<String> renderingFonts(String selector) {
        var driver = browser.driver();
        driver.executeCdpCommand("DOM.enable", Map.of());
        driver.executeCdpCommand("CSS.enable", Map.of());
        Map<String, Object> document = driver.executeCdpCommand("DOM.getDocument", Map.of());
        Object root = ((Map<String, Object>) document.get("root")).get("nodeId");
        Object node = driver.executeCdpCommand("DOM.querySelector", Map.of("nodeId", root, "selector", selector))
                .get("nodeId");
        List<Map<String, Object>> fonts = (List<Map<String, Object>>)
                driver.executeCdpCommand("CSS.getPlatformFontsForNode", Map.of("nodeId", node))
                        .get("fonts");
        return fonts.stream().map(f -> String.valueOf(f.get("familyName"))).toList();
    }
}
