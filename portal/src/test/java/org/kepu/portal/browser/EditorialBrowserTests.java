package org.kepu.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
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
import org.kepu.portal.PortalIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The editorial round trip in a real browser: an editor writes an article with an image, a
 * reviewer returns it with a reason, the editor fixes and resubmits, the reviewer publishes, and
 * the article appears in its column, the feed and search. Elderly mode persists across pages.
 */
@RequiresChromium
class EditorialBrowserTests extends PortalIntegrationTest {

    private static final String EDITOR = "browser-editor";
    private static final String REVIEWER = "browser-reviewer";
    private static final String PASSWORD = "编辑部-密码-2026";
    private static final String TITLE = "草原防火十要点";

    @TempDir
    static Path temp;

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void anArticleIsWrittenReturnedFixedPublishedAndFound() throws Exception {
        account(EDITOR, Role.EDITOR);
        account(REVIEWER, Role.REVIEWER);

        signIn(EDITOR);
        browser.open("/editor/articles/new");
        browser.find("#title").sendKeys(TITLE);
        browser.find("#summary").sendKeys("秋冬季节草原干燥，一点火星就可能酿成大火。");
        browser.find("#body").sendKeys("## 进入草原不带火种\n\n不在草原上吸烟、野炊。\n");
        browser.find("[data-image-file]").sendKeys(picture().toString());
        browser.find("[data-image-alt]").sendKeys("牧民巡查草场");
        browser.find("[data-image-upload]").click();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> browser.find("#body").getDomProperty("value").contains("![牧民巡查草场](/media/images/"));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> !browser.driver()
                        .findElements(By.cssSelector("[data-preview-pane] img[alt='牧民巡查草场']"))
                        .isEmpty());
        browser.find("[data-cover-file]").sendKeys(picture().toString());
        browser.find("[data-cover-alt]").sendKeys("草原上的防火宣传牌");
        browser.find("[data-cover-upload]").click();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> browser.find("[data-cover-preview]").isDisplayed());
        assertThat(browser.find("#coverKey").getDomProperty("value")).endsWith(";草原上的防火宣传牌");
        new Select(browser.find("#columnId")).selectByVisibleText("防灾减灾");
        browser.find("form[data-editor] button[type=submit]").click();
        await().until(() -> browser.driver().getCurrentUrl().endsWith("/edit"));
        long id = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*/articles/(\\d+)/edit", "$1"));
        submitForReview(id);

        signIn(REVIEWER);
        browser.open("/editor/articles/" + id);
        browser.find("#reason").sendKeys("请补充发现火情后的报警电话 12119");
        browser.find("form[action$='/reject'] button").click();
        await().until(() -> text(".notice").contains("已退回"));

        signIn(EDITOR);
        browser.open("/editor/articles/" + id + "/edit");
        assertThat(text(".alert")).contains("请补充发现火情后的报警电话 12119");
        browser.find("#body").sendKeys("\n发现火情，立即拨打 12119。\n");
        browser.find("form[data-editor] button[type=submit]").click();
        await().until(() -> text(".notice").contains("已保存"));
        submitForReview(id);

        signIn(REVIEWER);
        browser.open("/editor/articles/" + id);
        assertThat(browser.driver().findElements(By.cssSelector(".diff ins")))
                .extracting(WebElement::getText)
                .anyMatch(t -> t.contains("12119"));
        browser.find("form[action$='/approve'] button").click();
        await().until(() -> text(".notice").contains("已发布"));

        browser.signOut();
        browser.open("/columns/fangzai");
        assertThat(browser.driver().getPageSource()).contains(TITLE);
        WebElement cover = browser.find(".card img[alt='草原上的防火宣传牌']");
        assertThat(cover.getDomAttribute("srcset")).contains("480w", "960w");
        browser.driver().executeScript("arguments[0].scrollIntoView()", cover); // it loads lazily
        await().atMost(Duration.ofSeconds(10))
                .until(() -> Boolean.TRUE.equals(browser.driver()
                        .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", cover)));
        browser.open("/articles/" + id);
        assertThat(browser.find(".body img").getDomAttribute("alt")).isEqualTo("牧民巡查草场");
        assertThat(get("/feed.xml").body()).contains(TITLE);
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        getJson("/api/v1/search?q=" + encode("草原防火")).toString().contains(TITLE));

        browser.find("[data-toggle-elderly]").click();
        browser.open("/columns/fangzai");
        assertThat(browser.find("html").getDomAttribute("class")).contains("elderly");
    }

    private void submitForReview(long id) {
        browser.open("/editor/articles");
        browser.find("form[action$='/articles/" + id + "/submit'] button").click();
        await().until(() -> text(".notice").contains("已提交审核"));
    }

    private void signIn(String username) {
        browser.signOut();
        browser.signIn(username, PASSWORD);
    }

    private String text(String css) {
        return browser.driver().findElements(By.cssSelector(css)).stream()
                .map(WebElement::getText)
                .reduce("", String::concat);
    }

    private void account(String username, Role role) {
        if (accounts.findByUsername(username).isEmpty()) {
            accounts.add(Account.create(username, encoder.encode(PASSWORD), username, EnumSet.of(role), Instant.now()));
        }
    }

    private static Path picture() throws IOException {
        BufferedImage image = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x4a7c3a));
        g.fillRect(0, 0, 1200, 800);
        g.setColor(new Color(0xf5a623));
        g.fillOval(400, 200, 400, 400);
        g.dispose();
        Path file = temp.resolve("grassland.png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
