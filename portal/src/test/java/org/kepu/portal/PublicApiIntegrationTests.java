package org.kepu.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kepu.media.transcode.FfmpegBinary;
import tools.jackson.databind.JsonNode;

class PublicApiIntegrationTests extends PortalIntegrationTest {

    @TempDir
    Path temp;

    @Test
    void healthIsUpWithEveryPartTheEmbeddedDefaultNeeds() throws Exception {
        JsonNode health = getJson("/actuator/health");

        assertThat(health.path("status").asString()).isEqualTo("UP");
        for (String part : List.of("db", "search", "blobStore", "jobQueue")) {
            assertThat(health.path("components").path(part).path("status").asString())
                    .as(part)
                    .isEqualTo("UP");
        }
    }

    @Test
    void searchFindsDemoArticlesWithHighlights() throws Exception {
        JsonNode result = getJson("/api/v1/search?q=" + encode("应急") + "&page=1&size=5");

        assertThat(result.path("total").asLong()).isGreaterThanOrEqualTo(5);
        assertThat(result.path("items")).hasSize(5);
        JsonNode first = result.path("items").get(0);
        assertThat(first.path("id").asLong()).isPositive();
        assertThat(first.path("type").asString()).isIn("article", "video");
        assertThat(first.path("title").asString()).isNotBlank();
        assertThat(first.path("url").asString()).matches("/(articles|videos)/\\d+");
        assertThat(first.path("highlight").asString()).contains("<em>");
    }

    @Test
    void searchFiltersByFacetsSortsAndSuggests() throws Exception {
        JsonNode all = getJson("/api/v1/search?q=" + encode("应急"));
        JsonNode articles = getJson("/api/v1/search?q=" + encode("应急") + "&type=article&sort=newest");
        JsonNode suggestions = getJson("/api/v1/search/suggest?q=" + encode("沙尘"));
        JsonNode pinyin = getJson("/api/v1/search?q=shachenbao");

        assertThat(all.path("facets").path("type").toString()).contains("article");
        assertThat(articles.path("total").asLong())
                .isPositive()
                .isLessThanOrEqualTo(all.path("total").asLong());
        articles.path("items")
                .forEach(item -> assertThat(item.path("type").asString()).isEqualTo("article"));
        List<String> dates = new ArrayList<>();
        articles.path("items")
                .forEach(item -> dates.add(item.path("publishedAt").asString()));
        assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(suggestions.toString()).contains("沙尘暴");
        assertThat(pinyin.path("items").toString()).contains("沙尘暴");
    }

    @Test
    void articlePagesShowRelatedContent() throws Exception {
        String url = getJson("/api/v1/search?q=" + encode("沙尘暴") + "&type=article")
                .path("items")
                .get(0)
                .path("url")
                .asString();

        assertThat(get(url).body()).contains("相关内容");
    }

    @Test
    void searchPagesDoNotOverlap() throws Exception {
        JsonNode page1 = getJson("/api/v1/search?q=" + encode("应急") + "&page=1&size=3");
        JsonNode page2 = getJson("/api/v1/search?q=" + encode("应急") + "&page=2&size=3");

        assertThat(page2.path("total").asLong()).isEqualTo(page1.path("total").asLong());
        List<String> first = new ArrayList<>();
        page1.path("items").forEach(item -> first.add(item.path("url").asString()));
        page2.path("items")
                .forEach(item ->
                        assertThat(first).doesNotContain(item.path("url").asString()));
    }

    @Test
    void anySearchInputGivesAnAnswerNotAnError() throws Exception {
        for (String q : List.of(
                "\"应急",
                "*",
                "\\",
                "a".repeat(2000),
                "' or 1=1; drop table article; --",
                "<script>alert(1)</script>",
                "")) {
            HttpResponse<String> api = get("/api/v1/search?q=" + encode(q));
            HttpResponse<String> page = get("/search?q=" + encode(q));
            assertThat(api.statusCode()).as(q).isEqualTo(200);
            assertThat(page.statusCode()).as(q).isEqualTo(200);
            assertThat(page.body()).as(q).doesNotContain("<script>alert(1)</script>");
        }
        assertThat(get("/api/v1/search?q=x&page=-3&size=100000").statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/search?q=x&page=abc").statusCode()).isEqualTo(400);
    }

    @Test
    void demoVideosAreTranscodedIntoAPlayableLadder() throws Exception {
        List<JsonNode> videos = readyDemoVideos();
        assertThat(videos).hasSizeGreaterThanOrEqualTo(3);

        for (JsonNode video : videos) {
            assertThat(video.path("durationSeconds").asInt()).isPositive();
            assertThat(video.path("renditions").size()).isGreaterThanOrEqualTo(2);
            String master = fetch(video.path("hls").asString());
            List<String> renditions =
                    master.lines().filter(l -> l.endsWith(".m3u8")).toList();
            assertThat(master).contains("#EXT-X-STREAM-INF:BANDWIDTH=");
            assertThat(renditions).hasSizeGreaterThanOrEqualTo(2);
            for (String rendition : renditions) {
                String base = video.path("hls").asString().replace("master.m3u8", "");
                String playlist = fetch(base + rendition);
                String folder = rendition.substring(0, rendition.lastIndexOf('/') + 1);
                for (String segment :
                        playlist.lines().filter(l -> l.endsWith(".ts")).toList()) {
                    assertDecodes(base + folder + segment);
                }
            }
        }
    }

    @Test
    void theMp4FallbackAnswersRangeRequests() throws Exception {
        JsonNode video = readyDemoVideos().get(0);

        HttpResponse<byte[]> partial = http.send(
                HttpRequest.newBuilder(java.net.URI.create(video.path("mp4").asString()))
                        .header("Range", "bytes=100-1099")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> whole = http.send(
                HttpRequest.newBuilder(java.net.URI.create(video.path("mp4").asString()))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(partial.statusCode()).isEqualTo(206);
        assertThat(partial.body()).hasSize(1000);
        assertThat(partial.headers().firstValue("Content-Range")).hasValue("bytes 100-1099/" + whole.body().length);
        assertThat(partial.body()).isEqualTo(java.util.Arrays.copyOfRange(whole.body(), 100, 1100));
        assertThat(whole.headers().firstValue("Content-Type")).hasValue("video/mp4");

        HttpResponse<String> outside = http.send(
                HttpRequest.newBuilder(java.net.URI.create(video.path("mp4").asString()))
                        .header("Range", "bytes=" + (whole.body().length + 10) + "-")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(outside.statusCode()).isEqualTo(416);
    }

    @Test
    void thePosterIsAJpeg() throws Exception {
        JsonNode video = readyDemoVideos().get(0);

        HttpResponse<byte[]> poster = http.send(
                HttpRequest.newBuilder(java.net.URI.create(video.path("poster").asString()))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(poster.statusCode()).isEqualTo(200);
        assertThat(poster.body()).startsWith((byte) 0xFF, (byte) 0xD8, (byte) 0xFF);
    }

    @Test
    void unknownItemsAnswer404AsProblemDetailOrAFriendlyPage() throws Exception {
        HttpResponse<String> api = get("/api/v1/videos/987654");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(json.readTree(api.body()).path("status").asInt()).isEqualTo(404);

        for (String path : List.of("/articles/987654", "/videos/987654", "/columns/no-such-column", "/no/such/page")) {
            HttpResponse<String> page = get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(404);
            assertThat(page.body()).as(path).contains("页面不存在").doesNotContain("Exception");
        }
        assertThat(get("/media/videos/1/../../../etc/passwd").statusCode()).isIn(400, 404);
    }

    private List<JsonNode> readyDemoVideos() {
        List<JsonNode> ready = new ArrayList<>();
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    ready.clear();
                    for (long id = 1; id <= 3; id++) {
                        HttpResponse<String> response = get("/api/v1/videos/" + id);
                        if (response.statusCode() == 200) {
                            JsonNode video = json.readTree(response.body());
                            if ("READY".equals(video.path("status").asString())) {
                                ready.add(video);
                            }
                        }
                    }
                    return ready.size() == 3;
                });
        return ready;
    }

    private String fetch(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(java.net.URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return response.body();
    }

    private void assertDecodes(String url) throws IOException, InterruptedException {
        Path segment = temp.resolve("segment.ts");
        HttpResponse<Path> response = http.send(
                HttpRequest.newBuilder(java.net.URI.create(url)).build(), HttpResponse.BodyHandlers.ofFile(segment));
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        Process ffmpeg = new ProcessBuilder(
                        FfmpegBinary.bundled().executable().toString(),
                        "-nostdin",
                        "-v",
                        "error",
                        "-i",
                        segment.toString(),
                        "-f",
                        "null",
                        "-")
                .redirectErrorStream(true)
                .start();
        String output = new String(ffmpeg.getInputStream().readAllBytes());
        assertThat(ffmpeg.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(ffmpeg.exitValue()).as(url + ": " + output).isZero();
        assertThat(output).as(url).isBlank();
        Files.delete(segment);
    }
}
