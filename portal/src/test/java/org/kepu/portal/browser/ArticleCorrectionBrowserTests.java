package org.kepu.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kepu.content.account.Account;
import org.kepu.content.account.Accounts;
import org.kepu.content.account.Role;
import org.kepu.content.article.Article;
import org.kepu.content.article.Articles;
import org.kepu.portal.PortalIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A correction of a published article, as the newsroom does it: the editor opens a demo article
 * (stored only as HTML) and reads plain Markdown, corrects it and submits it from the editor page;
 * readers keep the published text while the correction waits; another account reviews it, sees what
 * changed, approves, and the public page shows the corrected text.
 */
@RequiresChromium
class ArticleCorrectionBrowserTests extends PortalIntegrationTest {

    private static final String EDITOR = "correction-editor";
    private static final String REVIEWER = "correction-reviewer";
    private static final String PASSWORD = "更正流程-Secret-2026";
    private static final String TITLE = "合理用药，这几个误区别再踩了";
    private static final String CORRECTION = "更正：服用抗生素期间如有皮疹、腹泻，请及时咨询医生或药师。";

    @RegisterExtension
    static final Browser chromium = new Browser();

    @Autowired
    Accounts accounts;

    @Autowired
    Articles articles;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void aCorrectionIsReviewedWhileThePublishedArticleStaysOnlineThenReplacesIt() {
        ChromeDriver browser = chromium.driver();
        account(EDITOR, Role.EDITOR);
        account(REVIEWER, Role.REVIEWER);
        long id = articles.allPublished().stream()
                .filter(a -> a.getTitle().equals(TITLE))
                .map(Article::getId)
                .findFirst()
                .orElseThrow();
        String published = articles.published(id).getBodyHtml();
        assertThat(published).as("the demo body is stored as sanitized HTML").contains("&#xff0c;");

        chromium.signIn(EDITOR, PASSWORD);
        chromium.open("/editor/articles/" + id + "/edit");
        WebElement body = browser.findElement(By.id("body"));
        String markdown = body.getDomProperty("value");
        assertThat(markdown).contains("，").doesNotContain("&#", "<p>", "</");
        assertThat(chromium.find("[data-correction-state]").getText()).contains("已发布");
        assertThat(chromium.find("[data-word-count]").getText()).matches(".*\\d{3,}.*");
        chromium.resize(Browser.PHONE);
        chromium.screenshot("correction-editor-phone.png");
        chromium.resize(Browser.DESKTOP);
        chromium.screenshot("correction-editor-desktop.png");

        body.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), "\n\n" + CORRECTION);
        chromium.find("[data-save-submit]").click();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> browser.getCurrentUrl().endsWith("/editor/articles/" + id));
        assertThat(chromium.find(".notice").getText()).contains("已提交审核");

        chromium.open("/editor/articles");
        assertThat(chromium.find("main").getText()).contains("修订待审核");
        chromium.screenshot("correction-list-desktop.png");
        chromium.resize(Browser.PHONE);
        chromium.screenshot("correction-list-phone.png");
        chromium.resize(Browser.DESKTOP);

        chromium.signOut();
        chromium.open("/articles/" + id);
        assertThat(chromium.find("main").getText()).contains(TITLE).doesNotContain(CORRECTION);

        chromium.signIn(REVIEWER, PASSWORD);
        chromium.open("/editor/articles/" + id);
        assertThat(browser.findElements(By.cssSelector(".diff ins")))
                .extracting(WebElement::getText)
                .anyMatch(t -> t.contains(CORRECTION));
        assertThat(chromium.find(".review-facts").getText()).contains("用药");
        chromium.screenshot("correction-review-desktop.png");
        chromium.resize(Browser.PHONE);
        chromium.screenshot("correction-review-phone.png");
        chromium.resize(Browser.DESKTOP);
        chromium.find("form[action$='/approve'] button").click();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> !browser.findElements(By.cssSelector(".notice")).isEmpty());
        assertThat(chromium.find(".notice").getText()).contains("已发布");
        assertThat(chromium.find("main").getText()).contains("修订替换已发布文章").doesNotContain("article.");

        chromium.signOut();
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            chromium.open("/articles/" + id);
            return chromium.find("main").getText().contains(CORRECTION);
        });
    }

    private void account(String username, Role role) {
        if (accounts.findByUsername(username).isEmpty()) {
            accounts.save(
                    Account.create(username, encoder.encode(PASSWORD), username, EnumSet.of(role), Instant.now()));
        }
    }
}
