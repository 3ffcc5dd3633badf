package org.kepu.portal.signup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kepu.content.account.Accounts;
import org.kepu.portal.browser.Browser;
import org.kepu.portal.browser.RequiresChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/** Sign-up with the keyboard only, through the proof-of-work challenge: no picture to read. */
@RequiresChromium
class SignupChallengeBrowserTests extends ThrottledPortalTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    Accounts accounts;

    @Test
    void aKeyboardUserSignsUpWithoutReadingThePicture() {
        browser.open("/signup");
        WebElement tick = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> browser.driver().findElements(By.cssSelector("altcha-widget input[type=checkbox]")),
                        l -> !l.isEmpty())
                .get(0);
        // the box a screen reader announces, in Chinese
        WebElement label = browser.driver()
                .findElement(By.cssSelector("altcha-widget label[for='" + tick.getAttribute("id") + "']"));
        await().atMost(Duration.ofSeconds(10)).until(() -> label.getText().contains("我不是机器人"));

        // typing into the form starts the proof of work by itself; ticking the box (Space) would too
        browser.find("#contact").sendKeys("135 0013 5000");
        browser.find("#displayName").sendKeys("用键盘的人");
        browser.find("#password").sendKeys("键盘-Mima-2026");
        browser.find("#passwordAgain").sendKeys("键盘-Mima-2026");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> !browser.find("input[name=altcha]")
                        .getAttribute("value")
                        .isBlank());
        assertThat(label.getText()).contains("已验证");
        assertThat(browser.find("#captcha").getAttribute("value"))
                .as("no picture read")
                .isEmpty();

        WebElement consent = browser.driver().findElement(By.name("consent"));
        consent.sendKeys(Keys.SPACE);
        // Enter in a field submits with the default button: registering, not the picture's "换一张"
        browser.find("#passwordAgain").sendKeys(Keys.ENTER);

        await().atMost(Duration.ofSeconds(20))
                .until(() -> browser.driver().getCurrentUrl().endsWith("/creator/entries"));
        assertThat(browser.driver().getPageSource()).as("signed in at once").contains("注册成功，已为您登录");
        assertThat(accounts.findByUsername("13500135000")).isPresent();
    }
}
