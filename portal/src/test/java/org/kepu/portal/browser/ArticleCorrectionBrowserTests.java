package org.kepu.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
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
    private static final String PICTURE_ALT = "药师核对处方";
    private static final String CORRECTION = "更正：服用抗生素期间如有皮疹、腹泻，请及时咨询医生或药师。";

    @TempDir
    static Path temp;

    @RegisterExtension
    static final Browser chromium = new Browser();

    @Autowired
    Accounts accounts;

    @Autowired
    Articles articles;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void aCorrectionIsReviewedWhileThePublishedArticleStaysOnlineThenReplacesIt() throws IOException {
        ChromeDriver browser = chromium.driver();
        account(EDITOR, EnumSet.of(Role.EDITOR, Role.REVIEWER));
        account(REVIEWER, EnumSet.of(Role.REVIEWER));
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
        browser.findElement(By.cssSelector("[data-image-file]"))
                .sendKeys(picture().toString());
        browser.findElement(By.cssSelector("[data-image-alt]")).sendKeys(PICTURE_ALT);
        browser.findElement(By.cssSelector("[data-image-upload]")).click();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> body.getDomProperty("value").contains("![" + PICTURE_ALT + "](/media/images/"));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> chromium.find("[data-autosave-status]").getText().contains("已自动保存"));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> String.valueOf(
                                browser.executeScript("return localStorage.getItem('kepu-article-" + id + "')"))
                        .contains(PICTURE_ALT));

        // a reload loses nothing: the browser kept the unsaved text and offers it back
        browser.navigate().refresh();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> chromium.find("[data-restore]").isDisplayed());
        assertThat(browser.findElement(By.id("body")).getDomProperty("value")).doesNotContain(CORRECTION);
        chromium.find("[data-restore-apply]").click();
        assertThat(browser.findElement(By.id("body")).getDomProperty("value"))
                .contains(CORRECTION, "![" + PICTURE_ALT + "]");

        // the media library lists the upload with its alt text, to reuse as the cover
        chromium.find("[data-library] summary").click();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !browser.findElements(
                                By.cssSelector("[data-library-items] img[alt='" + PICTURE_ALT + "']"))
                        .isEmpty());
        browser.executeScript("arguments[0].scrollIntoView()", chromium.find("[data-library]"));
        chromium.screenshot("correction-library-desktop.png");
        WebElement picked = browser.findElement(
                By.xpath("//ul[@data-library-items]/li[img[@alt='" + PICTURE_ALT + "']]/button[2]"));
        picked.click();
        assertThat(browser.findElement(By.id("coverKey")).getDomProperty("value"))
                .endsWith(";" + PICTURE_ALT);

        browser.executeScript("arguments[0].scrollIntoView()", chromium.find(".form-grid"));
        chromium.screenshot("correction-editor-actions-desktop.png");
        chromium.resize(Browser.PHONE);
        browser.executeScript("arguments[0].scrollIntoView()", chromium.find(".form-actions"));
        chromium.screenshot("correction-editor-actions-phone.png");
        chromium.resize(Browser.DESKTOP);
        chromium.find("[data-save-submit]").click();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> browser.getCurrentUrl().endsWith("/editor/articles/" + id));
        assertThat(chromium.find(".notice").getText()).contains("已提交审核");
        // the editor may review, but not their own correction: no 审核通过, and the page says why
        assertThat(browser.findElements(By.cssSelector("form[action$='/approve']")))
                .isEmpty();
        assertThat(chromium.find(".review-actions").getText()).contains("您不能审核通过这篇文章", "四眼原则");

        chromium.open("/editor/articles");
        assertThat(chromium.find("main").getText()).contains("已发布文章的修订", "修订待审核");
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
        assertThat(browser.findElements(By.cssSelector(".diff del")))
                .as("the Markdown the demo article opened as renders back to the published text")
                .isEmpty();
        assertThat(chromium.find(".review-facts").getText()).contains("用药");
        chromium.screenshot("correction-review-desktop.png");
        browser.executeScript("arguments[0].scrollIntoView()", chromium.find(".diff"));
        chromium.screenshot("correction-review-diff-desktop.png");
        chromium.resize(Browser.PHONE);
        chromium.screenshot("correction-review-phone.png");
        browser.executeScript("arguments[0].scrollIntoView()", chromium.find(".review-actions"));
        chromium.screenshot("correction-review-actions-phone.png");
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
        assertThat(browser.findElement(By.cssSelector(".body img")).getDomAttribute("alt"))
                .isEqualTo(PICTURE_ALT);
    }

    private static Path picture() throws IOException {
        BufferedImage image = new BufferedImage(900, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x2f6f9f));
        g.fillRect(0, 0, 900, 600);
        g.setColor(new Color(0xffffff));
        g.fillRect(300, 150, 300, 300);
        g.dispose();
        Path file = Files.createTempFile(temp, "prescription", ".png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    private void account(String username, EnumSet<Role> roles) {
        if (accounts.findByUsername(username).isEmpty()) {
            accounts.add(Account.create(username, encoder.encode(PASSWORD), username, roles, Instant.now()));
        }
    }
}
