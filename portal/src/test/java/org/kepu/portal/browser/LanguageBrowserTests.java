package org.kepu.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kepu.content.account.Account;
import org.kepu.content.account.Accounts;
import org.kepu.content.account.Role;
import org.kepu.content.article.Article;
import org.kepu.content.article.ArticleDraft;
import org.kepu.content.article.Editorial;
import org.kepu.portal.PortalIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A reader switches to Mongolian and back, on a phone and a desktop: Mongolian titles stand vertical in the
 * Mongolian font (the font Chromium reports for the text, glyphs taller than wide), Chinese pages do not load it,
 * and the home page remembers the choice. An article in both languages, Mongolian search and a legacy paste
 * complete issue 15's acceptance.
 */
@RequiresChromium
class LanguageBrowserTests extends PortalIntegrationTest {

    private static final String PASSWORD = "双语-测试-密码-2026";
    private static final String MONGOLIAN_WORD = "ᠰᠢᠪᠠᠭᠤᠷᠭ᠎ᠠ";
    private static final String MONGOLIAN_TITLE = "ᠰᠢᠷᠤᠢ " + MONGOLIAN_WORD + " ᠢᠷᠡᠬᠦ ᠳᠦ";

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    Editorial editorial;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void onAPhone() {
        switchesToMongolianAndBack(Browser.PHONE, "language-phone");
    }

    @Test
    void onADesktop() {
        switchesToMongolianAndBack(Browser.DESKTOP, "language-desktop");
    }

    /**
     * An article in both languages: the Chinese page links its Mongolian version, which reads vertically in the
     * Mongolian font; a Mongolian word is found whether typed with a free variation selector or without; and a
     * title pasted from a legacy (private-use) font encoding is refused with the reason, the typed text kept.
     */
    @Test
    void anArticleInBothLanguagesMongolianSearchAndALegacyPasteRefused() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String editor = person("editor-" + suffix, Role.EDITOR);
        String reviewer = person("reviewer-" + suffix, Role.REVIEWER);
        Article original = editorial.write(
                new ArticleDraft(
                        "双语浏览器测试文章" + suffix,
                        "关好门窗",
                        "<p>关好门窗。</p>",
                        null,
                        null,
                        List.of(),
                        null,
                        null,
                        List.of(),
                        null),
                null,
                null,
                editor);
        editorial.submit(original.getId(), editor);
        editorial.approve(original.getId(), reviewer, false);
        Article version = editorial.translate(
                original.getId(),
                "mn",
                new ArticleDraft(
                        MONGOLIAN_TITLE,
                        "ᠴᠣᠩᠬᠣ ᠡᠭᠦᠳᠡ ᠪᠡᠨ ᠬᠠᠭᠠ",
                        "<p>" + MONGOLIAN_WORD + " ᠢᠷᠡᠬᠦ ᠡᠴᠡ ᠡᠮᠦᠨ᠎ᠡ ᠴᠣᠩᠬᠣ ᠡᠭᠦᠳᠡ ᠪᠡᠨ ᠬᠠᠭᠠ᠃</p>",
                        null,
                        null,
                        List.of(),
                        null,
                        null,
                        List.of(),
                        null),
                null,
                null,
                editor);
        editorial.submit(version.getId(), editor);
        editorial.approve(version.getId(), reviewer, false);

        browser.signOut();
        browser.resize(Browser.PHONE);
        browser.open("/articles/" + original.getId());
        browser.find(".versions a[hreflang='mn-Mong']").click();
        browser.awaitUrlContaining("/mn/articles/" + version.getId());
        assertThat(script("return getComputedStyle(document.querySelector('.body')).writingMode"))
                .isEqualTo("vertical-lr");
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(renderingFonts(".body")).contains("Noto Sans Mongolian"));
        browser.screenshot("language-article-mn.png");

        // the word typed with a free variation selector after its first letter, and plainly
        for (String typed :
                List.of(MONGOLIAN_WORD.charAt(0) + "\u180b" + MONGOLIAN_WORD.substring(1), MONGOLIAN_WORD)) {
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                browser.open("/mn/");
                browser.find(".search-box input[name=q]").sendKeys(typed);
                browser.find(".search-box button").click();
                browser.awaitUrlContaining("/mn/search");
                assertThat(browser.driver()
                                .findElements(By.cssSelector("a[href$='/mn/articles/" + version.getId() + "']")))
                        .as("found by " + typed.length() + " code units")
                        .isNotEmpty();
            });
        }

        // a title pasted from a legacy Mongolian font: refused, with the reason, nothing saved
        browser.signIn(editor, PASSWORD);
        Article other = editorial.write(
                new ArticleDraft(
                        "另一篇文章" + suffix, "摘要", "<p>正文</p>", null, null, List.of(), null, null, List.of(), null),
                null,
                null,
                editor);
        browser.open("/editor/articles/" + other.getId() + "/translate?lang=mn");
        browser.driver()
                .executeScript(
                        "const t = document.querySelector('#title'); t.value = arguments[0];"
                                + " t.dispatchEvent(new Event('input', {bubbles: true}));",
                        "\ue234\ue2a1\ue26c");
        browser.find("#summary").sendKeys("ᠴᠣᠩᠬᠣ");
        browser.find("#body").sendKeys("ᠴᠣᠩᠬᠣ");
        browser.find("form.editor-form button[type=submit]").click();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> browser.driver().getPageSource().contains("旧编码的蒙古文"));
        assertThat(editorial.versionsOf(other.getId())).hasSize(1);
        browser.screenshot("language-legacy-refused.png");
        browser.signOut();
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
        // Chromium counts a font still in its memory cache from the Mongolian page as loaded on any
        // later page; loaded again without the cache, the page shows whether it asks for the font itself
        browser.driver().executeCdpCommand("Network.enable", Map.of());
        browser.driver().executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
        try {
            browser.driver().navigate().refresh();
            assertThat(browser.driver()
                            .executeScript("return [...document.fonts].filter(f => f.family.includes('Mongolian'))"
                                    + ".filter(f => f.status !== 'unloaded').length"))
                    .as("declared on every page, the font is not loaded where no Mongolian text shows")
                    .isEqualTo(0L);
        } finally {
            browser.driver().executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", false));
        }
        browser.open("/");
        assertThat(script("return document.documentElement.lang")).isEqualTo("zh-CN");
        browser.screenshot(screenshot + "-zh.png");
    }

    private String person(String username, Role... roles) {
        EnumSet<Role> set = EnumSet.noneOf(Role.class);
        set.addAll(List.of(roles));
        accounts.add(Account.create(username, encoder.encode(PASSWORD), username, set, Instant.now()));
        return username;
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
