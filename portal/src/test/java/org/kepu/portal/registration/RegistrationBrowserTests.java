package org.kepu.portal.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kepu.content.account.Account;
import org.kepu.content.account.Accounts;
import org.kepu.content.account.Role;
import org.kepu.content.registration.RegistrarTowns;
import org.kepu.portal.browser.HeadlessChromium;
import org.kepu.portal.browser.RequiresChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A town registrar in a real headless Chromium: signs in, imports a workbook, sees the preview,
 * confirms, and sees the public dashboard change. Runs on an empty database (no demo figures).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@DirtiesContext
@RequiresChromium
class RegistrationBrowserTests {

    private static final String USER = "wulan-registrar";
    private static final String PASSWORD = "浏览器-Test-2026";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path temp;

    private static ChromeDriver browser;

    private final String site;

    RegistrationBrowserTests(
            @LocalServerPort int port,
            @Autowired Accounts accounts,
            @Autowired PasswordEncoder passwords,
            @Autowired RegistrarTowns registrarTowns) {
        this.site = "http://localhost:" + port;
        if (!accounts.existsByUsername(USER)) {
            Account saved = accounts.save(Account.create(
                    USER, passwords.encode(PASSWORD), "乌兰木伦镇登记员", Set.of(Role.REGISTRAR), Instant.now()));
            registrarTowns.bind(saved.getId(), "ulanmulun");
        }
    }

    @DynamicPropertySource
    static void emptySite(DynamicPropertyRegistry registry) {
        registry.add("kepu.data-dir", () -> temp.resolve("data").toString());
        registry.add(
                "spring.datasource.url",
                () ->
                        "jdbc:h2:mem:registration-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                                + "DB_CLOSE_DELAY=-1");
        registry.add("kepu.demo.enabled", () -> "false");
        registry.add("kepu.jobs.polling-interval", () -> "200ms");
    }

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = HeadlessChromium.start(Files.createDirectories(temp.resolve("chromium-profile")));
    }

    @AfterAll
    static void quitBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aTownRegistrarImportsAWorkbookAndTheDashboardChanges() throws IOException {
        browser.get(site + "/registrations");
        assertThat(total()).isEqualTo("0");

        signIn();
        browser.get(site + "/registrar/registrations");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("您负责填报：乌兰木伦镇");
        browser.findElement(By.id("file")).sendKeys(workbook().toAbsolutePath().toString());
        browser.findElement(By.cssSelector("form[data-upload] button[type=submit]"))
                .click();

        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> !browser.findElements(By.id("confirm-import")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("[data-import-status]")).getText())
                .isEqualTo("待确认");
        assertThat(browser.findElement(By.id("preview")).getText()).contains("巴音嘎查", "2025-06-30", "1200");
        assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("共 2 行，其中有效 2 行；错误 0 处，警告 0 处。");
        screenshot("registration-preview.png");

        browser.findElement(By.id("confirm-import")).click();
        // the page reloads while it is polled: an element of the old page is asked again
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .ignoreExceptionsInstanceOf(WebDriverException.class)
                .until(() -> statusText().equals("已导入"));
        assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("已导入 2 行。");

        browser.get(site + "/registrations");
        assertThat(total()).isEqualTo("2,000");
        screenshot("registration-dashboard.png");
        browser.get(site + "/registrations/detail");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> browser.findElements(By.cssSelector("[data-chart][data-rendered=true]"))
                                .size()
                        == 4);
        assertThat(browser.findElements(By.cssSelector("[data-chart] canvas")))
                .as("ECharts drew under the CSP")
                .hasSize(4);
        WebElement row = browser.findElement(By.cssSelector("#towns-table tr[data-town=ulanmulun]"));
        assertThat(row.getText()).contains("乌兰木伦镇", "2000");
        browser.executeScript("document.getElementById('towns-title').scrollIntoView()");
        screenshot("registration-detail.png");
        chartsRunUnderTheContentSecurityPolicyOnAPhoneWithoutConsoleErrors();
    }

    private void chartsRunUnderTheContentSecurityPolicyOnAPhoneWithoutConsoleErrors() throws IOException {
        // recorded from the first script on: CSP violations, console errors and uncaught errors
        browser.executeCdpCommand(
                "Page.addScriptToEvaluateOnNewDocument",
                java.util.Map.of(
                        "source",
                        "window.__problems = [];"
                                + "document.addEventListener('securitypolicyviolation', function (e) {"
                                + " window.__problems.push('CSP ' + e.violatedDirective + ' ' + e.blockedURI); });"
                                + "window.addEventListener('error', function (e) { window.__problems.push('error ' + e.message); });"
                                + "var error = console.error; console.error = function () {"
                                + " window.__problems.push('console ' + Array.prototype.join.call(arguments, ' '));"
                                + " return error.apply(console, arguments); };"));
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            browser.get(site + "/registrations/detail");
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> browser.findElements(By.cssSelector("[data-chart][data-rendered=true]"))
                                    .size()
                            == 4);
            browser.executeScript("document.getElementById('towns-title').scrollIntoView()");
            screenshot("registration-detail-phone.png");
            assertThat((java.util.List<?>) browser.executeScript("return window.__problems"))
                    .isEmpty();
            for (WebElement cell : browser.findElements(By.cssSelector("#towns-table thead th"))) {
                assertThat(cell.getSize().getWidth())
                        .as("a readable column, not one character wide: " + cell.getText())
                        .isGreaterThan(40);
            }
            browser.get(site + "/registrations");
            screenshot("registration-dashboard-phone.png");
            browser.get(site + "/indicators");
            assertThat(browser.findElement(By.tagName("main")).getText())
                    .doesNotContain("2,02")
                    .doesNotContain(".0 ");
            screenshot("indicators-phone.png");
        } finally {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 900));
        }
    }

    private void signIn() {
        HeadlessChromium.signIn(browser, site + "/login", USER, PASSWORD);
    }

    private String total() {
        return browser.findElement(By.cssSelector("[data-total]")).getText();
    }

    private String statusText() {
        var found = browser.findElements(By.cssSelector("[data-import-status]"));
        return found.isEmpty() ? "" : found.get(0).getText();
    }

    /** Two villages of 乌兰木伦镇: 1,200 and 800 registered. */
    private static Path workbook() throws IOException {
        Path file = temp.resolve("乌兰木伦镇-6月.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "kepu-tests", "1.0");
            Worksheet sheet = workbook.newWorksheet("6月");
            String[] header = {"乡镇", "村（嘎查）", "日期", "累计注册人数", "活跃信息员", "分享次数"};
            for (int c = 0; c < header.length; c++) {
                sheet.value(0, c, header[c]);
            }
            Object[][] rows = {
                {"乌兰木伦镇", "巴音嘎查", "2025-06-30", 1200, 300, 2100}, {"乌兰木伦镇", "乌兰社区", "2025-06-30", 800, 150, 900}
            };
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Number n) {
                        sheet.value(r + 1, c, n);
                    } else {
                        sheet.value(r + 1, c, (String) rows[r][c]);
                    }
                }
            }
            workbook.finish();
        }
        return file;
    }

    private static void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }
}
