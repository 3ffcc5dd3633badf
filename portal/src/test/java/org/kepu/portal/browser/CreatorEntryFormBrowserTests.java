package org.kepu.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.kepu.content.account.Account;
import org.kepu.content.account.Accounts;
import org.kepu.content.account.Role;
import org.kepu.content.contest.Contest;
import org.kepu.content.contest.ContestFixture;
import org.kepu.content.contest.Contests;
import org.kepu.content.contest.Entries;
import org.kepu.content.contest.Entry;
import org.kepu.content.video.Videos;
import org.kepu.media.transcode.SampleVideos;
import org.kepu.portal.PortalIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A creator's entry form that fails validation keeps everything, the finished upload included: the
 * error stands next to its field, and the entry goes in without uploading the video again.
 */
@RequiresChromium
class CreatorEntryFormBrowserTests extends PortalIntegrationTest {

    private static final String CREATOR = "13800138000";
    private static final String PASSWORD = "参赛-Mima-2026";

    @RegisterExtension
    static final Browser chromium = new Browser();

    @TempDir
    static Path temp;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    SampleVideos samples;

    @Autowired
    Contests contests;

    @Autowired
    Entries entries;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Videos videos;

    @Test
    void aFailedEntryFormKeepsTheUploadAndTheEntryGoesInWithoutUploadingAgain() {
        ChromeDriver browser = chromium.driver();
        long creator = accounts.findByUsername(CREATOR)
                .orElseGet(() -> accounts.add(Account.create(
                        CREATOR, encoder.encode(PASSWORD), "小明", EnumSet.of(Role.CREATOR), Instant.now())))
                .getId();
        Contest contest =
                new ContestFixture(contests, entries, accounts, videos).collecting("伊金霍洛旗科普微视频大赛（表单测试）", 3, 120);
        Path video = samples.generate(temp.resolve("风力发电.mp4"), 640, 360, Duration.ofSeconds(4), OptionalInt.of(440));

        chromium.signIn(CREATOR, PASSWORD);
        chromium.resize(Browser.PHONE);
        chromium.open("/creator/contests/" + contest.slug() + "/enter");
        WebElement submit = browser.findElement(By.cssSelector("[data-tus-submit]"));
        assertThat(submit.isEnabled())
                .as("no upload yet: submitting is not possible")
                .isFalse();
        assertThat(browser.findElement(By.id("submit-hint")).isDisplayed())
                .as("the disabled button says why")
                .isTrue();

        // a slow line, so the first chunk is still on its way when the status is read
        browser.setNetworkConditions(new ChromiumNetworkConditions()
                .setLatency(Duration.ofMillis(50))
                .setUploadThroughput(64 * 1024)
                .setDownloadThroughput(1024 * 1024));
        browser.findElement(By.id("file")).sendKeys(video.toAbsolutePath().toString());
        await().atMost(Duration.ofSeconds(20)).until(() -> status().contains("%"));
        assertThat(status()).doesNotContain("请选择视频文件").contains("MB");
        browser.executeScript(
                "arguments[0].scrollIntoView({block: 'center'})", browser.findElement(By.id("upload-status")));
        chromium.screenshot("entry-form-uploading-phone.png");
        browser.deleteNetworkConditions();
        await().atMost(Duration.ofSeconds(60)).until(() -> status().contains("上传完成"));

        // everything but the originality declaration
        browser.findElement(By.id("title")).sendKeys("风从哪里来");
        browser.findElement(By.id("summary")).sendKeys("用家里的电风扇讲清楚风力发电。");
        new Select(browser.findElement(By.id("groupCode"))).selectByVisibleText("青少年组");
        new Select(browser.findElement(By.id("categoryCode"))).selectByVisibleText("微视频");
        browser.findElement(By.id("unit")).sendKeys("伊金霍洛旗第一中学");
        browser.findElement(By.cssSelector("[data-tus-submit]")).click();

        await().atMost(Duration.ofSeconds(20))
                .until(() -> !browser.findElements(By.id("originality-error")).isEmpty());
        WebElement error = browser.findElement(By.id("originality-error"));
        assertThat(error.getText()).contains("原创");
        WebElement originality = browser.findElement(By.id("originality1"));
        assertThat(originality.getAttribute("aria-describedby")).isEqualTo("originality-error");
        assertThat(browser.switchTo().activeElement())
                .as("the first field to fix has the focus")
                .isEqualTo(originality);
        assertThat(browser.findElement(By.cssSelector("[data-form-errors]")).getText())
                .contains("无需重新上传");
        assertThat(status()).contains("视频已上传，无需重新上传");
        assertThat(browser.findElement(By.id("title")).getDomProperty("value")).isEqualTo("风从哪里来");
        assertThat(browser.findElement(By.id("unit")).getDomProperty("value")).isEqualTo("伊金霍洛旗第一中学");
        assertThat(new Select(browser.findElement(By.id("groupCode")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("青少年组");
        assertThat(browser.findElement(By.cssSelector("[data-tus-submit]")).isEnabled())
                .isTrue();
        assertThat(entries.ofCreator(creator)).isEmpty();
        chromium.screenshot("entry-form-failed-phone.png");
        chromium.resize(Browser.DESKTOP);
        chromium.screenshot("entry-form-failed-desktop.png");
        browser.executeScript("window.scrollTo(0, 0)");
        chromium.screenshot("entry-form-failed-top-desktop.png");
        chromium.resize(Browser.PHONE);
        browser.executeScript(
                "arguments[0].scrollIntoView()", browser.findElement(By.cssSelector("[data-form-errors]")));
        chromium.screenshot("entry-form-failed-top-phone.png");

        originality.click();
        browser.findElement(By.cssSelector("[data-tus-submit]")).click();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> browser.getCurrentUrl().matches(".*/creator/entries/\\d+$"));
        List<Entry> mine = entries.ofCreator(creator);
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).title()).isEqualTo("风从哪里来");
        assertThat(mine.get(0).videoId())
                .as("the entry has the video uploaded once")
                .isNotNull();
        assertThat(jdbc.sql("select count(*) from upload where owner_id = ?")
                        .param(creator)
                        .query(Long.class)
                        .single())
                .as("one upload, not a second one after the failed form")
                .isEqualTo(1);
    }

    private String status() {
        return chromium.driver()
                .findElement(By.cssSelector("[data-tus-status]"))
                .getText();
    }
}
