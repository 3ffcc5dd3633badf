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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kepu.content.account.Account;
import org.kepu.content.account.Accounts;
import org.kepu.content.account.Role;
import org.kepu.portal.PortalIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
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

    private static ChromeDriver browser;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @BeforeAll
    static void startBrowser() throws IOException {
        browser = HeadlessChromium.start(Files.createDirectories(temp.resolve("profile")));
    }

    @AfterAll
    static void quitBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anArticleIsWrittenReturnedFixedPublishedAndFound() throws Exception {
        account(EDITOR, Role.EDITOR);
        account(REVIEWER, Role.REVIEWER);

        signIn(EDITOR);
        open("/editor/articles/new");
        browser.findElement(By.id("title")).sendKeys(TITLE);
        browser.findElement(By.id("summary")).sendKeys("秋冬季节草原干燥，一点火星就可能酿成大火。");
        browser.findElement(By.id("body")).sendKeys("## 进入草原不带火种\n\n不在草原上吸烟、野炊。\n");
        browser.findElement(By.cssSelector("[data-image-file]"))
                .sendKeys(picture().toString());
        browser.findElement(By.cssSelector("[data-image-alt]")).sendKeys("牧民巡查草场");
        browser.findElement(By.cssSelector("[data-image-upload]")).click();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> browser.findElement(By.id("body"))
                        .getDomProperty("value")
                        .contains("![牧民巡查草场](/media/images/"));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> !browser.findElements(By.cssSelector("[data-preview-pane] img[alt='牧民巡查草场']"))
                        .isEmpty());
        browser.findElement(By.cssSelector("[data-cover-file]"))
                .sendKeys(picture().toString());
        browser.findElement(By.cssSelector("[data-cover-alt]")).sendKeys("草原上的防火宣传牌");
        browser.findElement(By.cssSelector("[data-cover-upload]")).click();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> browser.findElement(By.cssSelector("[data-cover-preview]"))
                        .isDisplayed());
        assertThat(browser.findElement(By.id("coverKey")).getDomProperty("value"))
                .endsWith(";草原上的防火宣传牌");
        new Select(browser.findElement(By.id("columnId"))).selectByVisibleText("防灾减灾");
        browser.findElement(By.cssSelector("form[data-editor] button[type=submit]"))
                .click();
        await().until(() -> browser.getCurrentUrl().endsWith("/edit"));
        long id = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/articles/(\\d+)/edit", "$1"));
        submitForReview(id);

        signIn(REVIEWER);
        open("/editor/articles/" + id);
        browser.findElement(By.id("reason")).sendKeys("请补充发现火情后的报警电话 12119");
        browser.findElement(By.cssSelector("form[action$='/reject'] button")).click();
        await().until(() -> text(".notice").contains("已退回"));

        signIn(EDITOR);
        open("/editor/articles/" + id + "/edit");
        assertThat(text(".alert")).contains("请补充发现火情后的报警电话 12119");
        browser.findElement(By.id("body")).sendKeys("\n发现火情，立即拨打 12119。\n");
        browser.findElement(By.cssSelector("form[data-editor] button[type=submit]"))
                .click();
        await().until(() -> text(".notice").contains("已保存"));
        submitForReview(id);

        signIn(REVIEWER);
        open("/editor/articles/" + id);
        assertThat(browser.findElements(By.cssSelector(".diff ins")))
                .extracting(WebElement::getText)
                .anyMatch(t -> t.contains("12119"));
        browser.findElement(By.cssSelector("form[action$='/approve'] button")).click();
        await().until(() -> text(".notice").contains("已发布"));

        browser.manage().deleteAllCookies();
        open("/columns/fangzai");
        assertThat(browser.getPageSource()).contains(TITLE);
        WebElement cover = browser.findElement(By.cssSelector(".card img[alt='草原上的防火宣传牌']"));
        assertThat(cover.getDomAttribute("srcset")).contains("480w", "960w");
        browser.executeScript("arguments[0].scrollIntoView()", cover); // it loads lazily
        await().atMost(Duration.ofSeconds(10))
                .until(() -> Boolean.TRUE.equals(
                        browser.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", cover)));
        open("/articles/" + id);
        assertThat(browser.findElement(By.cssSelector(".body img")).getDomAttribute("alt"))
                .isEqualTo("牧民巡查草场");
        assertThat(get("/feed.xml").body()).contains(TITLE);
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        getJson("/api/v1/search?q=" + encode("草原防火")).toString().contains(TITLE));

        browser.findElement(By.cssSelector("[data-toggle-elderly]")).click();
        open("/columns/fangzai");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("class"))
                .contains("elderly");
    }

    private void submitForReview(long id) {
        open("/editor/articles");
        browser.findElement(By.cssSelector("form[action$='/articles/" + id + "/submit'] button"))
                .click();
        await().until(() -> text(".notice").contains("已提交审核"));
    }

    private void signIn(String username) {
        browser.manage().deleteAllCookies();
        HeadlessChromium.signIn(browser, uri("/login").toString(), username, PASSWORD);
    }

    private void open(String path) {
        browser.get(uri(path).toString());
    }

    private String text(String css) {
        return browser.findElements(By.cssSelector(css)).stream()
                .map(WebElement::getText)
                .reduce("", String::concat);
    }

    private void account(String username, Role role) {
        if (accounts.findByUsername(username).isEmpty()) {
            accounts.save(
                    Account.create(username, encoder.encode(PASSWORD), username, EnumSet.of(role), Instant.now()));
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
