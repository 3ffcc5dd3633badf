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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.kepu.content.account.Account;
import org.kepu.content.account.Accounts;
import org.kepu.content.account.Role;
import org.kepu.content.registration.RegistrarTowns;
import org.kepu.portal.browser.Browser;
import org.kepu.portal.browser.RequiresChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
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

    @TempDir
    static Path temp;

    @RegisterExtension
    static final Browser browser = new Browser();

    RegistrationBrowserTests(
            @Autowired Accounts accounts,
            @Autowired PasswordEncoder passwords,
            @Autowired RegistrarTowns registrarTowns) {
        if (!accounts.existsByUsername(USER)) {
            Account saved = accounts.add(Account.create(
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

    @Test
    void aTownRegistrarImportsAWorkbookAndTheDashboardChanges() throws IOException {
        browser.open("/registrations");
        assertThat(total()).isEqualTo("0");

        browser.signIn(USER, PASSWORD);
        browser.open("/registrar/registrations");
        assertThat(browser.find("main").getText()).contains("您负责填报：乌兰木伦镇");
        browser.find("#file").sendKeys(workbook().toAbsolutePath().toString());
        browser.find("form[data-upload] button[type=submit]").click();

        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() ->
                        !browser.driver().findElements(By.id("confirm-import")).isEmpty());
        assertThat(browser.find("[data-import-status]").getText()).isEqualTo("待确认");
        assertThat(browser.find("#preview").getText()).contains("巴音嘎查", "2025-06-30", "1200");
        assertThat(browser.find("main").getText()).contains("共 2 行，其中有效 2 行；错误 0 处，警告 0 处。");
        browser.screenshot("registration-preview.png");

        browser.find("#confirm-import").click();
        // the page reloads while it is polled: an element of the old page is asked again
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .ignoreExceptionsInstanceOf(WebDriverException.class)
                .until(() -> statusText().equals("已导入"));
        assertThat(browser.find("main").getText()).contains("已导入 2 行。");

        browser.open("/registrations");
        assertThat(total()).isEqualTo("2,000");
        browser.screenshot("registration-dashboard.png");
        browser.open("/registrations/detail");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> browser.driver()
                                .findElements(By.cssSelector("[data-chart][data-rendered=true]"))
                                .size()
                        == 4);
        assertThat(browser.driver().findElements(By.cssSelector("[data-chart] canvas")))
                .as("ECharts drew under the CSP")
                .hasSize(4);
        WebElement row = browser.find("#towns-table tr[data-town=ulanmulun]");
        assertThat(row.getText()).contains("乌兰木伦镇", "2000");
        browser.driver().executeScript("document.getElementById('towns-title').scrollIntoView()");
        browser.screenshot("registration-detail.png");
        chartsRunUnderTheContentSecurityPolicyOnAPhoneWithoutConsoleErrors();
    }

    private void chartsRunUnderTheContentSecurityPolicyOnAPhoneWithoutConsoleErrors() throws IOException {
        // recorded from the first script on: CSP violations, console errors and uncaught errors
        browser.driver()
                .executeCdpCommand(
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
        browser.resize(Browser.PHONE);
        try {
            browser.open("/registrations/detail");
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> browser.driver()
                                    .findElements(By.cssSelector("[data-chart][data-rendered=true]"))
                                    .size()
                            == 4);
            browser.driver().executeScript("document.getElementById('towns-title').scrollIntoView()");
            browser.screenshot("registration-detail-phone.png");
            assertThat((java.util.List<?>) browser.driver().executeScript("return window.__problems"))
                    .isEmpty();
            for (WebElement cell : browser.driver().findElements(By.cssSelector("#towns-table thead th"))) {
                assertThat(cell.getSize().getWidth())
                        .as("a readable column, not one character wide: " + cell.getText())
                        .isGreaterThan(40);
            }
            browser.open("/registrations");
            browser.screenshot("registration-dashboard-phone.png");
            browser.open("/indicators");
            assertThat(browser.find("main").getText()).doesNotContain("2,02").doesNotContain(".0 ");
            browser.screenshot("indicators-phone.png");
        } finally {
            browser.resize(Browser.DESKTOP);
        }
    }

    private String total() {
        return browser.find("[data-total]").getText();
    }

    private String statusText() {
        var found = browser.driver().findElements(By.cssSelector("[data-import-status]"));
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
}
