package org.kepu.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.kepu.content.account.Account;
import org.kepu.content.account.Accounts;
import org.kepu.content.account.Role;
import org.kepu.content.video.Video;
import org.kepu.content.video.Videos;
import org.kepu.media.transcode.SampleVideos;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The whole life of a creator's video outside contests, as people do it in the browser, with two
 * review levels: uploaded and transcoded (real ffmpeg), returned with a reason, fixed, approved
 * twice, published, corrected through review, replaced by a new file at the same address, taken
 * offline (page, media and search answer no more) and deleted (nothing left in the store).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "kepu.editorial.review-levels=2",
            "kepu.demo.enabled=false",
            "kepu.jobs.polling-interval=200ms",
            "kepu.signup.logins-per-address=10000",
            "kepu.signup.login-free-failures=10000"
        })
@DirtiesContext
@RequiresChromium
class VideoLifeBrowserTests {

    private static final String CREATOR = "life-creator";
    private static final String EDITOR = "life-editor";
    private static final String FIRST = "life-reviewer-1";
    private static final String SECOND = "life-reviewer-2";
    private static final String PASSWORD = "视频一生-Secret-2026";

    @TempDir
    static Path temp;

    @RegisterExtension
    static final Browser chromium = new Browser();

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    SampleVideos samples;

    @Autowired
    Videos videos;

    @Autowired
    ObjectMapper json;

    @Value("${kepu.blobs.folder}")
    Path blobFolder;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    /** Two review levels need a context of their own: its own data folder and database. */
    @DynamicPropertySource
    static void ownSite(DynamicPropertyRegistry registry) {
        registry.add("kepu.data-dir", () -> temp.resolve("data").toString());
        registry.add(
                "spring.datasource.url",
                () -> "jdbc:h2:mem:video-life;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                        + "DB_CLOSE_DELAY=-1");
    }

    @Test
    void aCreatorsVideoIsReturnedFixedApprovedTwicePublishedCorrectedReplacedTakenOfflineAndDeleted() throws Exception {
        ChromeDriver browser = chromium.driver();
        account(CREATOR, Role.CREATOR);
        account(EDITOR, Role.EDITOR);
        account(FIRST, Role.REVIEWER);
        account(SECOND, Role.REVIEWER);

        // the creator uploads; the video is in review at once and transcoded for real
        chromium.signIn(CREATOR, PASSWORD);
        chromium.open("/creator/videos/new");
        upload(samples.generate(temp.resolve("沙尘暴.mp4"), 640, 360, Duration.ofSeconds(3), OptionalInt.of(440)));
        browser.findElement(By.id("title")).sendKeys("沙尘暴");
        chromium.find("[data-tus-submit]").click();
        long creator = accounts.findByUsername(CREATOR).orElseThrow().getId();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !videos.ownedBy(creator).isEmpty());
        Video video = videos.ownedBy(creator).get(0);
        long id = video.getId();
        awaitPlayable(id);
        String firstSource = video.getSourceKey();
        assertThat(get("/videos/" + id).statusCode())
                .as("not public before review")
                .isEqualTo(404);

        // the first reviewer returns it with a reason
        signIn(FIRST);
        chromium.open("/editor/videos");
        assertThat(chromium.find("[data-video-queue]").getText()).contains("沙尘暴");
        chromium.screenshot("video-desk-list-desktop.png");
        chromium.resize(Browser.PHONE);
        chromium.screenshot("video-desk-list-phone.png");
        chromium.resize(Browser.DESKTOP);
        chromium.open("/editor/videos/" + id);
        browser.findElement(By.id("reason")).sendKeys("标题太短，请写明怎么防护");
        browser.findElement(By.cssSelector("form[action$='/reject'] button")).click();
        awaitNotice("已退回");

        // the creator sees why, fixes the title and submits again
        signIn(CREATOR);
        chromium.open("/creator/videos");
        assertThat(chromium.find("[data-review-reason]").getText()).contains("标题太短，请写明怎么防护");
        chromium.resize(Browser.PHONE);
        chromium.screenshot("video-creator-returned-phone.png");
        chromium.resize(Browser.DESKTOP);
        browser.findElement(By.cssSelector("a[href$='/creator/videos/" + id + "/edit']"))
                .click();
        replaceText(By.id("title"), "沙尘暴来了，这样防护");
        replaceText(By.id("chapters"), "0:00 看天气预报\n0:02 戴好口罩");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        chromium.awaitUrlContaining("/creator/videos");
        awaitNotice("重新提交审核");

        // two different reviewers approve; the second level publishes it
        approveAs(FIRST, id);
        assertThat(get("/videos/" + id).statusCode()).as("one level of two").isEqualTo(404);
        approveAs(SECOND, id);
        assertThat(get("/videos/" + id).body()).contains("沙尘暴来了，这样防护");
        awaitSearch("沙尘暴来了", true);

        // a correction: a new title through review, the public keeps the old one meanwhile
        signIn(EDITOR);
        chromium.open("/editor/videos/" + id);
        replaceText(By.id("title"), "沙尘暴防护四要点");
        browser.executeScript("arguments[0].scrollIntoView()", chromium.find("[data-video-form]"));
        chromium.screenshot("video-desk-editor-desktop.png");
        chromium.resize(Browser.PHONE);
        chromium.screenshot("video-desk-editor-phone.png");
        chromium.resize(Browser.DESKTOP);
        browser.findElement(By.cssSelector("button[name=andSubmit]")).click();
        awaitNotice("提交审核");
        assertThat(get("/videos/" + id).body()).contains("沙尘暴来了，这样防护").doesNotContain("沙尘暴防护四要点");
        signIn(FIRST);
        chromium.open("/editor/videos/" + id);
        assertThat(chromium.find(".review-actions").getText()).contains("沙尘暴来了，这样防护", "沙尘暴防护四要点");
        browser.executeScript("arguments[0].scrollIntoView()", chromium.find(".review-actions"));
        chromium.screenshot("video-desk-review-desktop.png");
        chromium.resize(Browser.PHONE);
        chromium.screenshot("video-desk-review-phone.png");
        chromium.resize(Browser.DESKTOP);
        browser.findElement(By.cssSelector("form[action$='/approve'] button")).click();
        awaitNotice("审核通过");
        approveAs(SECOND, id);
        assertThat(get("/videos/" + id).body()).contains("沙尘暴防护四要点");

        // a new file: same page, the old renditions served until the new ones are ready
        String oldPrefix = videos.find(id).orElseThrow().getMediaPrefix();
        signIn(EDITOR);
        chromium.open("/editor/videos/" + id);
        upload(samples.generate(temp.resolve("沙尘暴-新版.mp4"), 854, 480, Duration.ofSeconds(3), OptionalInt.of(660)));
        chromium.find("[data-tus-submit]").click();
        awaitNotice("正在转码");
        assertThat(get("/videos/" + id).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofMinutes(3))
                .until(() -> !videos.find(id).orElseThrow().getMediaPrefix().equals(oldPrefix));
        Video replaced = videos.find(id).orElseThrow();
        assertThat(replaced.getWidth()).isEqualTo(854);
        assertThat(get("/videos/" + id).body()).contains("沙尘暴防护四要点");
        assertThat(get("/media/videos/" + id + "/master.m3u8").statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        !Files.exists(blobFolder.resolve(oldPrefix)) && !Files.exists(blobFolder.resolve(firstSource)));

        // taken offline: the page, the media and search answer no more
        signIn(FIRST);
        chromium.open("/editor/videos/" + id);
        browser.findElement(By.cssSelector("form[action$='/offline'] button")).click();
        awaitNotice("已下线");
        assertThat(get("/videos/" + id).statusCode()).isEqualTo(404);
        assertThat(get("/media/videos/" + id + "/master.m3u8").statusCode()).isEqualTo(404);
        awaitSearch("沙尘暴防护四要点", false);

        // deleted: nothing of it left in the store
        signIn(EDITOR);
        chromium.open("/editor/videos/" + id);
        chromium.find("[data-delete-video]").click();
        chromium.find("[data-delete-ok]").click();
        await().atMost(Duration.ofSeconds(20)).until(() -> videos.find(id).isEmpty());
        awaitNotice("视频已删除");
        await().atMost(Duration.ofSeconds(20)).until(() -> !Files.exists(blobFolder.resolve("videos/" + id)));
        assertThat(Files.exists(blobFolder.resolve(replaced.getSourceKey()))).isFalse();
        assertThat(filesUnder(blobFolder.resolve("videos")))
                .noneMatch(p -> p.startsWith(blobFolder.resolve("videos/" + id)));
    }

    private void approveAs(String reviewer, long id) {
        signIn(reviewer);
        chromium.open("/editor/videos/" + id);
        chromium.driver()
                .findElement(By.cssSelector("form[action$='/approve'] button"))
                .click();
        awaitNotice("审核通过");
    }

    /** Waits for the page after a post: the flash message it shows. */
    private void awaitNotice(String text) {
        await().atMost(Duration.ofSeconds(30))
                .ignoreExceptions()
                .until(() -> chromium.find(".notice").getText().contains(text));
    }

    private void upload(Path file) {
        chromium.driver()
                .findElement(By.id("file"))
                .sendKeys(file.toAbsolutePath().toString());
        await().atMost(Duration.ofSeconds(60))
                .until(() -> chromium.find("[data-tus-status]").getText().contains("上传完成"));
    }

    private void awaitPlayable(long id) {
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> videos.find(id).orElseThrow().isPlayable());
    }

    private void awaitSearch(String text, boolean found) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> getJson("/api/v1/search?q=" + encode(text))
                                .path("items")
                                .toString()
                                .contains(text)
                        == found);
    }

    private void replaceText(By field, String text) {
        WebElement input = chromium.driver().findElement(field);
        input.clear();
        input.sendKeys(text);
    }

    private void signIn(String username) {
        chromium.signOut();
        chromium.signIn(username, PASSWORD);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Accept", "text/html,*/*;q=0.8")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode getJson(String path) throws IOException, InterruptedException {
        return json.readTree(get(path).body());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private void account(String username, Role role) {
        if (accounts.findByUsername(username).isEmpty()) {
            accounts.add(Account.create(username, encoder.encode(PASSWORD), username, EnumSet.of(role), Instant.now()));
        }
    }

    private static List<Path> filesUnder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.toList();
        }
    }
}
