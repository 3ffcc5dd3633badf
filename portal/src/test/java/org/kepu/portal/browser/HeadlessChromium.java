package org.kepu.portal.browser;

import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts Debian's Chromium headless through its own chromedriver. Both paths are explicit so that
 * Selenium Manager never tries to download a browser or driver: the build runs without network.
 */
public final class HeadlessChromium {

    private HeadlessChromium() {}

    /** A new browser with an empty profile in {@code profile}; {@link ChromeDriver#quit()} stops both. */
    public static ChromeDriver start(Path profile) {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(ChromiumCondition.DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(ChromiumCondition.BROWSER.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--autoplay-policy=no-user-gesture-required",
                "--mute-audio",
                "--window-size=1280,900",
                "--user-data-dir=" + profile.toAbsolutePath());
        return new ChromeDriver(service, options);
    }

    /**
     * Signs in through the login form at {@code loginPage} and waits until the login has landed, so
     * the next page is opened with the new session (a session in the database takes a moment longer).
     */
    public static void signIn(ChromeDriver browser, String loginPage, String username, String password) {
        browser.get(loginPage);
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> !browser.getCurrentUrl().contains("/login"));
    }
}
