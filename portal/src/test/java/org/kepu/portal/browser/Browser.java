package org.kepu.portal.browser;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * One headless Chromium for a test class, pointed at the portal the class's Spring context runs:
 * register it as {@code @RegisterExtension static final Browser browser = new Browser();} on a class
 * marked {@link RequiresChromium}. It starts before the first test, learns the portal's port before
 * each test, and quits after the last one. Debian's Chromium runs through its own chromedriver, both
 * by explicit path, so that Selenium Manager never tries to download a browser or driver: the build
 * runs without network.
 */
public final class Browser implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    /** A phone's viewport, as the platform's readers mostly have. */
    public static final Dimension PHONE = new Dimension(390, 844);

    /** A desktop viewport, as editors mostly have. */
    public static final Dimension DESKTOP = new Dimension(1366, 900);

    private Path profile;
    private ChromeDriver driver;
    private String site;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        profile = Files.createTempDirectory("kepu-chromium-");
        driver = start(profile);
    }

    private static ChromeDriver start(Path profile) {
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

    @Override
    public void beforeEach(ExtensionContext context) {
        String port =
                SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
        site = "http://127.0.0.1:" + port;
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
    }

    /** The browser itself, for what the helpers here do not cover. */
    public ChromeDriver driver() {
        return driver;
    }

    /** The portal's address, such as {@code http://127.0.0.1:41234}, the host {@code PortalIntegrationTest.uri} uses. */
    public String site() {
        return site;
    }

    /** Opens a page of the portal by its path. */
    public void open(String path) {
        driver.get(site + path);
    }

    /** The first element matching a CSS selector. */
    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    /** Resizes the window, e.g. to {@link #PHONE} or {@link #DESKTOP}. */
    public void resize(Dimension size) {
        driver.manage().window().setSize(size);
    }

    /**
     * Signs in through the login page and waits until the login has landed, so the next page is
     * opened with the new session (a session in the database takes a moment longer).
     */
    public void signIn(String username, String password) {
        open("/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        find("main form button[type=submit]").click();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> !driver.getCurrentUrl().contains("/login"));
    }

    /** Forgets the session (all cookies), so the next step starts anonymous. */
    public void signOut() {
        driver.manage().deleteAllCookies();
    }

    /** Waits until the current address contains {@code part}. */
    public void awaitUrlContaining(String part) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> driver.getCurrentUrl().contains(part));
    }

    /** Saves a screenshot under {@code target/screenshots/}, for a person to look at after the run. */
    public void screenshot(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(dir.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code <name>-phone.png} and {@code <name>-desktop.png}; the window is left at {@link #DESKTOP}. */
    public void screenshots(String name) {
        resize(PHONE);
        screenshot(name + "-phone.png");
        resize(DESKTOP);
        screenshot(name + "-desktop.png");
    }
}
