package org.kepu.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.kepu.content.account.Account;
import org.kepu.content.account.Accounts;
import org.kepu.content.account.Role;
import org.kepu.media.transcode.SampleVideos;
import org.kepu.portal.PortalIntegrationTest;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A creator uploads a video from the browser over a slow line, pauses, reloads, resumes. */
@RequiresChromium
class CreatorUploadBrowserTests extends PortalIntegrationTest {

    private static final String CREATOR = "browser-creator";
    private static final String PASSWORD = "浏览器-创作者-密码";

    @TempDir
    static Path temp;

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    SampleVideos samples;

    @Autowired
    JdbcClient jdbc;

    @Test
    void uploadsWithProgressPausesResumesAfterAReloadAndFollowsTheVideoToPlayback() {
        long owner = accounts.findByUsername(CREATOR)
                .orElseGet(() -> accounts.add(Account.create(
                        CREATOR, encoder.encode(PASSWORD), "浏览器创作者", EnumSet.of(Role.CREATOR), Instant.now())))
                .getId();
        Path video = samples.generate(temp.resolve("家庭应急包.mp4"), 1280, 720, Duration.ofSeconds(6), OptionalInt.of(330));
        browser.signIn(CREATOR, PASSWORD);

        // a slow rural line: about 256 KB/s up
        browser.driver()
                .setNetworkConditions(new ChromiumNetworkConditions()
                        .setLatency(Duration.ofMillis(50))
                        .setUploadThroughput(256 * 1024)
                        .setDownloadThroughput(1024 * 1024));
        browser.open("/creator/videos/new");
        browser.find("#file").sendKeys(video.toAbsolutePath().toString());
        await().atMost(Duration.ofSeconds(60)).until(() -> progress() >= 10);
        browser.find("[data-tus-pause]").click();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> browser.find("[data-tus-status]").getText().contains("已暂停"));
        long stored = storedBytes(owner);
        assertThat(stored).isPositive().isLessThan(sizeOf(video));

        // a page reload forgets everything but the upload's address, kept per file
        browser.driver().deleteNetworkConditions();
        browser.driver().navigate().refresh();
        browser.find("#file").sendKeys(video.toAbsolutePath().toString());
        await().atMost(Duration.ofSeconds(60))
                .until(() -> browser.find("[data-tus-status]").getText().contains("上传完成"));
        assertThat(jdbc.sql("select count(*) from upload where owner_id = ?")
                        .param(owner)
                        .query(Long.class)
                        .single())
                .as("the reload resumed the same upload instead of starting another")
                .isEqualTo(1);

        browser.find("#title").sendKeys("家庭应急包里放什么");
        browser.find("[data-tus-submit]").click();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> browser.driver().getCurrentUrl().endsWith("/creator/videos"));
        assertThat(browser.find(".notice").getText()).contains("正在转码");
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    browser.driver().navigate().refresh();
                    return browser.find(".video-states li .badge").getText().equals("可以观看");
                });
    }

    private int progress() {
        WebElement bar = browser.find("[data-tus-progress]");
        return (int) Double.parseDouble(bar.getDomProperty("value"));
    }

    private long storedBytes(long owner) {
        return jdbc.sql("select received from upload where owner_id = ?")
                .param(owner)
                .query(Long.class)
                .single();
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
