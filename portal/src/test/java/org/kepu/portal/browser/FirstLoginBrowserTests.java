package org.kepu.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kepu.portal.PortalIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * 等保 level 2, temporary passwords, as a person meets them: the administrator creates an account;
 * its first login leads to the password change and nowhere else; the policy refuses a weak password
 * with a message next to the field; after the change the account lands on the page it asked for.
 */
@RequiresChromium
class FirstLoginBrowserTests extends PortalIntegrationTest {

    private static final Pattern TEMPORARY = Pattern.compile("：([A-Za-z0-9]{16})");

    @RegisterExtension
    static final Browser chromium = new Browser();

    private ChromeDriver browser;

    @Test
    void aNewAccountChangesItsTemporaryPasswordAtTheFirstLoginAndLandsWhereItWanted() {
        browser = chromium.driver();
        String username = "browser.first" + System.nanoTime() % 100000;
        chromium.signIn(ADMIN, ADMIN_PASSWORD);
        chromium.open("/admin/users");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("displayName")).sendKeys("新来的编辑");
        browser.findElement(By.cssSelector("form[action$='/admin/users'] input[name=roles][value=EDITOR]"))
                .click();
        browser.findElement(By.cssSelector("form[action$='/admin/users'] button[type=submit]"))
                .click();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> !browser.findElements(By.cssSelector(".notice")).isEmpty());
        Matcher temporary =
                TEMPORARY.matcher(browser.findElement(By.cssSelector(".notice")).getText());
        assertThat(temporary.find()).isTrue();

        browser.manage().deleteAllCookies();
        chromium.open("/editor/articles");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> browser.getCurrentUrl().endsWith("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(temporary.group(1));
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> browser.getCurrentUrl().endsWith("/account/password"));
        assertThat(browser.findElement(By.cssSelector("main .alert")).getText()).contains("临时密码");

        changePassword(temporary.group(1), "Password@123");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> !browser.findElements(By.id("newPassword-error")).isEmpty());
        assertThat(browser.findElement(By.id("newPassword-error")).getText()).contains("常见密码");
        assertThat(browser.findElement(By.cssSelector("#newPassword + #newPassword-error"))
                        .isDisplayed())
                .as("the message sits right after the field")
                .isTrue();

        changePassword(temporary.group(1), "草原-Browser-2027");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> browser.getCurrentUrl().endsWith("/editor/articles"));
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("临时密码");
    }

    private void changePassword(String current, String next) {
        browser.findElement(By.id("currentPassword")).sendKeys(current);
        browser.findElement(By.id("newPassword")).sendKeys(next);
        browser.findElement(By.id("newPasswordAgain")).sendKeys(next);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
    }
}
