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
import org.kepu.portal.PortalIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The back office as staff meet it in a browser: the workbench per role after signing in, the page
 * that refuses a place the role does not open, the confirmation before disabling an account, and
 * column curation; with phone and desktop screenshots of each for a person to look at.
 */
@RequiresChromium
class BackOfficeBrowserTests extends PortalIntegrationTest {

    private static final String PASSWORD = "后台-Mima-2026";

    @RegisterExtension
    static final Browser chromium = new Browser();

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void aRegistrarLandsOnTheWorkbenchAndIsToldPolitelyWhatTheRoleDoesNotOpen() {
        ChromeDriver browser = chromium.driver();
        String registrar = account(Role.REGISTRAR, "乡镇信息员");
        chromium.resize(Browser.PHONE);
        chromium.signIn(registrar, PASSWORD);
        chromium.awaitUrlContaining("/workbench");
        assertThat(browser.findElement(By.cssSelector("main h1")).getText()).isEqualTo("工作台");
        assertThat(browser.findElements(By.cssSelector("[data-area='workbench.registrations']")))
                .hasSize(1);
        assertThat(browser.findElements(By.cssSelector("[data-area='workbench.users']")))
                .isEmpty();
        chromium.screenshot("workbench-registrar-phone.png");
        chromium.resize(Browser.DESKTOP);
        chromium.screenshot("workbench-registrar-desktop.png");

        browser.findElement(By.cssSelector("[data-area='workbench.registrations']"))
                .click();
        chromium.awaitUrlContaining("/registrar/registrations");
        assertThat(browser.findElements(By.cssSelector("main.error-page"))).isEmpty();

        chromium.open("/admin/users");
        assertThat(browser.findElement(By.cssSelector("main h1")).getText()).isEqualTo("没有权限");
        assertThat(browser.findElement(By.cssSelector("main")).getText())
                .contains("您的账号没有打开这个页面的权限")
                .doesNotContain("参数不正确");
        chromium.screenshot("forbidden-desktop.png");
        browser.findElement(By.linkText("回到工作台，查看您能使用的功能")).click();
        chromium.awaitUrlContaining("/workbench");
        chromium.signOut();
    }

    @Test
    void anAdminConfirmsBeforeDisablingAnAccountAndCuratesAColumn() {
        ChromeDriver browser = chromium.driver();
        String admin = account(Role.ADMIN, "平台管理员");
        String victim = account(Role.EDITOR, "将被停用的编辑");
        chromium.resize(Browser.DESKTOP);
        chromium.signIn(admin, PASSWORD);
        chromium.awaitUrlContaining("/workbench");
        assertThat(browser.findElements(By.cssSelector("[data-area='workbench.users']")))
                .hasSize(1);
        assertThat(browser.findElements(By.cssSelector("[data-area='workbench.columns']")))
                .hasSize(1);
        chromium.screenshot("workbench-admin-desktop.png");
        chromium.resize(Browser.PHONE);
        chromium.screenshot("workbench-admin-phone.png");
        chromium.resize(Browser.DESKTOP);

        chromium.open("/admin/users");
        WebElement row = browser.findElement(By.xpath("//tr[.//strong[text()='" + victim + "']]"));
        WebElement confirm = row.findElement(By.cssSelector("details.confirm"));
        WebElement sure = confirm.findElement(By.cssSelector("button[type=submit]"));
        assertThat(sure.isDisplayed()).as("nothing happens on the first click").isFalse();
        confirm.findElement(By.tagName("summary")).click();
        await().atMost(Duration.ofSeconds(5)).until(sure::isDisplayed);
        assertThat(confirm.getText()).contains("立即退出所有设备上的登录").contains(victim);
        chromium.screenshot("admin-users-confirm-desktop.png");
        chromium.resize(Browser.PHONE);
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", confirm);
        chromium.screenshot("admin-users-confirm-phone.png");
        sure.click();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !accounts.findByUsername(victim).orElseThrow().isEnabled());

        chromium.resize(Browser.DESKTOP);
        chromium.open("/editor/notice");
        WebElement flood = browser.findElements(By.cssSelector(".preset-buttons details.confirm"))
                .get(1);
        flood.findElement(By.tagName("summary")).click();
        await().atMost(Duration.ofSeconds(5))
                .until(() ->
                        flood.findElement(By.cssSelector("button[type=submit]")).isDisplayed());
        assertThat(flood.getText()).contains("立即显示在全站每个页面的顶部和大厅屏幕上");
        chromium.screenshot("notice-confirm-desktop.png");
        flood.findElement(By.tagName("summary")).click();

        chromium.open("/editor/columns/kepuri");
        assertThat(browser.findElements(By.cssSelector(".pick-list .thumb"))).isNotEmpty();
        assertThat(browser.findElement(By.id("preview-title")).getText()).isEqualTo("读者看到的样子");
        chromium.screenshot("curation-desktop.png");
        chromium.resize(Browser.PHONE);
        chromium.screenshot("curation-phone.png");
    }

    @Test
    void theSignUpPageOnAPhoneAndADesk() {
        chromium.signOut();
        chromium.resize(Browser.PHONE);
        chromium.open("/signup?continue=/contests");
        assertThat(chromium.find("input[name=continue]").getAttribute("value")).isEqualTo("/contests");
        chromium.screenshot("signup-phone.png");
        chromium.resize(Browser.DESKTOP);
        chromium.screenshot("signup-desktop.png");
    }

    private String account(Role role, String name) {
        String username = "bo-" + role.name().toLowerCase() + "-" + System.nanoTime() % 1_000_000;
        accounts.add(Account.create(username, encoder.encode(PASSWORD), name, EnumSet.of(role), Instant.now()));
        return username;
    }
}
