package org.kepu.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.kepu.content.video.VideoStatus;
import org.kepu.content.video.Videos;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/** What a visitor does on the public site, in a real headless Chromium, against the demo content. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RequiresChromium
class PublicSiteBrowserTests {

    private static final String SITE_NAME = "伊金霍洛科普";
    private static final String EMERGENCY_KIT = "家庭应急包，关键时刻的“救命包”";
    private static final Duration TRANSCODING = Duration.ofMinutes(3);

    @TempDir
    static Path temp;

    @RegisterExtension
    static final Browser browser = new Browser();

    private final String site;
    private final RestClient api;
    private final JdbcClient jdbc;
    private final Videos videos;

    PublicSiteBrowserTests(@LocalServerPort int port, @Autowired JdbcClient jdbc, @Autowired Videos videos) {
        this.site = "http://localhost:" + port;
        this.api = RestClient.create(site);
        this.jdbc = jdbc;
        this.videos = videos;
    }

    @DynamicPropertySource
    static void demoSite(DynamicPropertyRegistry registry) {
        registry.add("kepu.data-dir", () -> temp.resolve("data").toString());
        registry.add(
                "spring.datasource.url",
                () -> "jdbc:h2:mem:browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                        + "DB_CLOSE_DELAY=-1");
        registry.add("kepu.demo.enabled", () -> "true");
    }

    @Test
    void homePageShowsSiteNameAndLatestArticles() throws IOException {
        browser.open("/");

        assertThat(browser.driver().getTitle()).contains(SITE_NAME);
        assertThat(browser.find("header .brand-name").getText()).isEqualTo(SITE_NAME);
        assertThat(browser.driver().findElements(By.cssSelector(".card a[href*='/articles/'] h3")))
                .isNotEmpty()
                .allSatisfy(title -> assertThat(title.getText()).isNotBlank());
        browser.screenshot("home.png");
    }

    @Test
    void visitorSearchesFromTheHeaderAndOpensAnArticle() {
        browser.open("/");
        WebElement box = browser.find("header input[name=q]");
        box.sendKeys("应急");
        box.submit();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> browser.driver().getCurrentUrl().contains("/search?q="));

        // Publishing indexes through the job queue, so the first search may come before the index.
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    browser.driver().navigate().refresh();
                    assertThat(resultTitles()).contains(EMERGENCY_KIT);
                });
        assertThat(browser.find("header input[name=q]").getDomProperty("value")).isEqualTo("应急");

        WebElement result = browser.find("ol.results li a[href*='/articles/']");
        String title = result.getText();
        result.click();

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(browser.find("h1").getText()).isEqualTo(title));
        assertThat(browser.driver().getCurrentUrl()).contains("/articles/");
    }

    @Test
    void demoVideoPlaysThroughHlsJs() throws IOException {
        // From the table: the public API and pages show a video only once it is READY.
        // the demo generates its videos after start-up, in the background
        await().atMost(Duration.ofSeconds(60))
                .until(() ->
                        jdbc.sql("select count(*) from video").query(Long.class).single() == 3);
        List<Long> ids =
                jdbc.sql("select id from video order by id").query(Long.class).list();
        long started = System.nanoTime();
        ids.forEach(this::awaitReady);
        System.out.printf(
                "Demo videos READY %d ms after the test began waiting%n", (System.nanoTime() - started) / 1_000_000);

        browser.open("/videos/" + ids.get(0));
        WebElement video = browser.find("#player");
        assertThat(video.getDomAttribute("data-hls")).endsWith("/master.m3u8");
        // before play, the MP4 fallback is named and no MediaSource sits over the poster
        assertThat(playback(video).currentSrc()).doesNotStartWith("blob:");

        browser.driver()
                .executeScript(
                        "var v = arguments[0]; v.muted = true;"
                                + " v.play().catch(function (e) { v.dataset.playError = e.name + ': ' + e.message; });",
                        video);

        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> {
                    Playback state = playback(video);
                    assertThat(state.currentTime()).as(state.toString()).isGreaterThan(0.5);
                    assertThat(state.readyState()).as(state.toString()).isGreaterThanOrEqualTo(2);
                });
        // A MediaSource blob, not the MP4 fallback that player.js switches to after a fatal hls.js error.
        assertThat(playback(video).currentSrc()).startsWith("blob:");
        assertThat(resourcesLoaded()).anyMatch(url -> url.endsWith("/master.m3u8"));
        browser.screenshot("video.png");
    }

    @Test
    void aMomentLinkStartsThePlayerAtItsSecondAndHlsJsKeepsIt() {
        await().atMost(Duration.ofSeconds(60))
                .until(() ->
                        jdbc.sql("select count(*) from video").query(Long.class).single() == 3);
        long id = jdbc.sql("select min(id) from video").query(Long.class).single();
        awaitReady(id);

        browser.open("/mn/videos/" + id + "?t=3");
        WebElement video = browser.find("#player");
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(playback(video).currentTime()).isGreaterThanOrEqualTo(3));

        browser.driver()
                .executeScript(
                        "var v = arguments[0]; v.muted = true;"
                                + " v.play().catch(function (e) { v.dataset.playError = e.name + ': ' + e.message; });",
                        video);
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> {
                    Playback state = playback(video);
                    assertThat(state.currentSrc()).as(state.toString()).startsWith("blob:");
                    assertThat(state.readyState()).as(state.toString()).isGreaterThanOrEqualTo(2);
                    assertThat(state.currentTime()).as(state.toString()).isGreaterThanOrEqualTo(3);
                });
    }

    private void awaitReady(long id) {
        await().atMost(TRANSCODING)
                .pollInterval(Duration.ofSeconds(1))
                .failFast(
                        "transcoding of video " + id + " did not succeed",
                        () -> videos.find(id)
                                .ifPresent(video -> assertThat(video.getStatus())
                                        .as("video %d: %s", id, video.getReason())
                                        .isNotIn(VideoStatus.FAILED, VideoStatus.REJECTED)))
                .until(() -> "READY".equals(status(id)));
    }

    /** The status the public API reports; it answers 404 until the video is READY and public. */
    private String status(long id) {
        return api.get().uri("/api/v1/videos/{id}", id).exchange((request, response) -> {
            if (!response.getStatusCode().is2xxSuccessful()) {
                return response.getStatusCode().toString();
            }
            Map<?, ?> json = response.bodyTo(Map.class);
            return json == null ? "no body" : String.valueOf(json.get("status"));
        });
    }

    private List<String> resultTitles() {
        return browser.driver().findElements(By.cssSelector("ol.results li a")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private Playback playback(WebElement video) {
        @SuppressWarnings("unchecked")
        Map<String, Object> state = (Map<String, Object>) browser.driver()
                .executeScript(
                        "var v = arguments[0]; return {currentTime: v.currentTime, readyState: v.readyState,"
                                + " currentSrc: v.currentSrc, paused: v.paused,"
                                + " error: v.error ? v.error.code + ' ' + v.error.message : null,"
                                + " playError: v.dataset.playError || null};",
                        video);
        return new Playback(
                ((Number) state.get("currentTime")).doubleValue(),
                ((Number) state.get("readyState")).intValue(),
                String.valueOf(state.get("currentSrc")),
                Boolean.TRUE.equals(state.get("paused")),
                (String) state.get("error"),
                (String) state.get("playError"));
    }

    @SuppressWarnings("unchecked")
    private List<String> resourcesLoaded() {
        return (List<String>) browser.driver()
                .executeScript("return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
    }

    /** The element's state, printed when playback does not start. */
    record Playback(
            double currentTime, int readyState, String currentSrc, boolean paused, String error, String playError) {}
}
