package org.kepu.portal.signup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kepu.content.account.Accounts;
import org.kepu.portal.browser.HeadlessChromium;
import org.kepu.portal.browser.RequiresChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;

/** Sign-up with the keyboard only, through the proof-of-work challenge: no picture to read. */
@RequiresChromium
class SignupChallengeBrowserTests extends ThrottledPortalTest {

    @TempDir
    static Path temp;

    private static ChromeDriver browser;

    @Autowired
    Accounts accounts;

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
    void aKeyboardUserSignsUpWithoutReadingThePicture() {
        browser.get("http://localhost:" + port + "/signup");
        WebElement tick = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> browser.findElements(By.cssSelector("altcha-widget input[type=checkbox]")),
                        l -> !l.isEmpty())
                .get(0);
        // the box a screen reader announces, in Chinese
        WebElement label =
                browser.findElement(By.cssSelector("altcha-widget label[for='" + tick.getAttribute("id") + "']"));
        await().atMost(Duration.ofSeconds(10)).until(() -> label.getText().contains("我不是机器人"));

        // typing into the form starts the proof of work by itself; ticking the box (Space) would too
        browser.findElement(By.id("contact")).sendKeys("135 0013 5000");
        browser.findElement(By.id("displayName")).sendKeys("用键盘的人");
        browser.findElement(By.id("password")).sendKeys("键盘-Mima-2026");
        browser.findElement(By.id("passwordAgain")).sendKeys("键盘-Mima-2026");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> !browser.findElement(By.cssSelector("input[name=altcha]"))
                        .getAttribute("value")
                        .isBlank());
        assertThat(label.getText()).contains("已验证");
        assertThat(browser.findElement(By.id("captcha")).getAttribute("value"))
                .as("no picture read")
                .isEmpty();

        WebElement consent = browser.findElement(By.name("consent"));
        consent.sendKeys(Keys.SPACE);
        // Enter in a field submits with the default button: registering, not the picture's "换一张"
        browser.findElement(By.id("passwordAgain")).sendKeys(Keys.ENTER);

        await().atMost(Duration.ofSeconds(20))
                .until(() -> browser.getCurrentUrl().endsWith("/creator/entries"));
        assertThat(browser.getPageSource()).as("signed in at once").contains("注册成功，已为您登录");
        assertThat(accounts.findByUsername("13500135000")).isPresent();
    }
}
