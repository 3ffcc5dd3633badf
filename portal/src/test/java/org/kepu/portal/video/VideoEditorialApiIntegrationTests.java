package org.kepu.portal.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kepu.content.account.Account;
import org.kepu.content.account.Accounts;
import org.kepu.content.account.Role;
import org.kepu.content.blob.BlobStore;
import org.kepu.content.video.NewVideo;
import org.kepu.content.video.TranscodedMedia;
import org.kepu.content.video.Video;
import org.kepu.content.video.VideoRendition;
import org.kepu.content.video.VideoRoute;
import org.kepu.content.video.Videos;
import org.kepu.portal.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/** {@code /api/v1/videos/{id}}: metadata, publish, withdraw and delete, with the roles and rules of the back office. */
class VideoEditorialApiIntegrationTests extends PortalIntegrationTest {

    private static final String PASSWORD = "视频-密码-2026";

    @Autowired
    Videos videos;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    BlobStore blobs;

    @Test
    void aCreatorsVideoIsPublishedCorrectedWithdrawnAndDeletedThroughTheApi() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        long creator = person("creator-" + suffix, Role.CREATOR);
        String editor = name(person("editor-" + suffix, Role.EDITOR));
        String reviewer = name(person("reviewer-" + suffix, Role.REVIEWER));
        Video video = transcoded(creator, "草原上的风力发电");
        String path = "/api/v1/videos/" + video.getId();

        assertThat(send("POST", path + "/publish", editor, null).statusCode()).isEqualTo(403);
        HttpResponse<String> published = send("POST", path + "/publish", reviewer, null);
        assertThat(published.statusCode()).isEqualTo(200);
        assertThat(json(published).path("editorial").asString()).isEqualTo("PUBLISHED");
        assertThat(getJson(path).path("title").asString()).isEqualTo("草原上的风力发电");

        assertThat(send("PATCH", path, reviewer, "{\"title\":\"风从草原来\"}").statusCode())
                .isEqualTo(403);
        HttpResponse<String> patched =
                send("PATCH", path, editor, "{\"title\":\"风从草原来\",\"chapters\":[{\"at\":0,\"title\":\"开场\"}]}");
        assertThat(patched.statusCode()).isEqualTo(200);
        assertThat(json(patched).path("correctionPending").asBoolean()).isTrue();
        assertThat(getJson(path).path("title").asString())
                .as("the public keeps the published title until the correction is approved")
                .isEqualTo("草原上的风力发电");
        assertThat(send("POST", path + "/submit", editor, null).statusCode()).isEqualTo(200);
        assertThat(json(send("POST", path + "/publish", reviewer, null))
                        .path("title")
                        .asString())
                .isEqualTo("风从草原来");
        assertThat(videos.find(video.getId()).orElseThrow().getChapters()).hasSize(1);

        HttpResponse<String> unknownColumn = send("PATCH", path, editor, "{\"column\":\"没有这个栏目\"}");
        assertThat(unknownColumn.statusCode()).isEqualTo(400);
        assertThat(unknownColumn.headers().firstValue("Content-Type")).hasValue("application/problem+json");

        assertThat(send("POST", path + "/withdraw", reviewer, null).statusCode())
                .isEqualTo(200);
        assertThat(get(path).statusCode()).isEqualTo(404);
        HttpResponse<String> again = send("POST", path + "/withdraw", reviewer, null);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json(again).path("detail").asString()).contains("只有已发布");

        assertThat(send("DELETE", path, reviewer, null).statusCode()).isEqualTo(403);
        assertThat(send("DELETE", path, editor, null).statusCode()).isEqualTo(204);
        assertThat(videos.find(video.getId())).isEmpty();
        // removed by a job queued with the delete
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(
                        () -> assertThat(blobs.exists(video.getSourceKey())).isFalse());
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(blobs.exists("videos/" + video.getId() + "/m1/master.m3u8"))
                        .isFalse());
        assertThat(send("DELETE", path, editor, null).statusCode()).isEqualTo(404);
    }

    @Test
    void aStaffDraftMustBeSubmittedBeforeAReviewerPublishesIt() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        long editor = person("editor-" + suffix, Role.EDITOR);
        String reviewer = name(person("reviewer-" + suffix, Role.REVIEWER));
        Video draft = videos.submit(new NewVideo(
                "编辑上传的科普视频", "", null, null, List.of(), editor, "uploads/test/" + suffix + ".mp4", VideoRoute.DRAFT));

        HttpResponse<String> refused = send("POST", "/api/v1/videos/" + draft.getId() + "/publish", reviewer, null);

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json(refused).path("detail").asString()).contains("/submit");
    }

    @Test
    void captionsArePutInSrtOrWebVttReadAsWebVttAndRemovedWithEveryProblemNamed() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        long creator = person("creator-" + suffix, Role.CREATOR);
        String editor = name(person("editor-" + suffix, Role.EDITOR));
        String reviewer = name(person("reviewer-" + suffix, Role.REVIEWER));
        Video video = transcoded(creator, "沙尘暴来了怎么办");
        String path = "/api/v1/videos/" + video.getId() + "/captions/zh";
        byte[] gbkSrt = "1\r\n00:00:01,000 --> 00:00:03,000\r\n沙尘暴来临时要关好门窗\r\n"
                .getBytes(java.nio.charset.Charset.forName("GBK"));

        assertThat(put(path, reviewer, "application/x-subrip", gbkSrt).statusCode())
                .isEqualTo(403);
        assertThat(put(path, name(creator), "application/x-subrip", gbkSrt).statusCode())
                .isEqualTo(403);
        HttpResponse<String> created = put(path, editor, "application/x-subrip", gbkSrt);
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue(path);
        HttpResponse<String> read = send("GET", path, editor, null);
        assertThat(read.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/vtt");
        assertThat(read.body()).isEqualTo("WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n沙尘暴来临时要关好门窗\n");
        assertThat(get(path).statusCode()).as("the video is not public yet").isEqualTo(404);

        byte[] vtt =
                "WEBVTT\n\n00:01.000 --> 00:04.000\n一\n\n00:03.000 --> 00:05.000\n二\n\n00:05.000 --> 00:09.000\n三\n"
                        .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> refused = put(path, editor, "text/vtt", vtt);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problems = json(refused).path("problems");
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0).path("cue").asInt()).isEqualTo(2);
        assertThat(problems.get(0).path("line").asInt()).isEqualTo(6);
        assertThat(problems.get(0).path("message").asString()).contains("重叠");
        assertThat(problems.get(1).path("message").asString()).contains("超出视频长度");
        assertThat(send("GET", path, editor, null).body())
                .as("a refused file loses nothing")
                .contains("关好门窗");

        byte[] huge = new byte[2 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');
        assertThat(json(put(path, editor, "text/vtt", huge)).path("detail").asString())
                .contains("太大");

        HttpResponse<String> replaced = put(
                path, editor, "text/vtt", "WEBVTT\n\n00:01.000 --> 00:02.000\n一\n".getBytes(StandardCharsets.UTF_8));
        assertThat(replaced.statusCode()).isEqualTo(200);
        assertThat(send("DELETE", path, reviewer, null).statusCode()).isEqualTo(403);
        assertThat(send("DELETE", path, editor, null).statusCode()).isEqualTo(204);
        assertThat(send("GET", path, editor, null).statusCode()).isEqualTo(404);
        assertThat(send("DELETE", path, editor, null).statusCode()).isEqualTo(404);
        assertThat(put("/api/v1/videos/" + video.getId() + "/captions/xx", editor, "text/vtt", vtt)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void changingTheCaptionsOfAPublicVideoReindexesItsCuesAndSearchShowsTheMoment() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        long creator = person("creator-" + suffix, Role.CREATOR);
        String editor = name(person("editor-" + suffix, Role.EDITOR));
        String reviewer = name(person("reviewer-" + suffix, Role.REVIEWER));
        Video video = transcoded(creator, "春季防护");
        assertThat(send("POST", "/api/v1/videos/" + video.getId() + "/publish", reviewer, null)
                        .statusCode())
                .isEqualTo(200);
        String captions = "/api/v1/videos/" + video.getId() + "/captions/zh";
        String search = "/api/v1/search?q=" + java.net.URLEncoder.encode("骆驼刺", StandardCharsets.UTF_8);

        byte[] vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n大家好\n\n00:00:04.000 --> 00:00:06.000\n骆驼刺能固沙\n"
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> held = put(captions, editor, "text/vtt", vtt);
        assertThat(held.statusCode())
                .as("a published video's captions are a revision")
                .isEqualTo(202);
        assertThat(json(held).path("pending").asBoolean()).isTrue();
        assertThat(get(captions).statusCode())
                .as("the public has no track until it is approved")
                .isEqualTo(404);
        assertThat(send("POST", "/api/v1/videos/" + video.getId() + "/submit", editor, null)
                        .statusCode())
                .isEqualTo(200);
        assertThat(send("POST", "/api/v1/videos/" + video.getId() + "/publish", editor, null)
                        .statusCode())
                .as("reviewing is not an editor's")
                .isEqualTo(403);
        assertThat(send("POST", "/api/v1/videos/" + video.getId() + "/publish", reviewer, null)
                        .statusCode())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode items = getJson(search).path("items");
            assertThat(items).hasSize(1);
            assertThat(items.get(0).path("id").asLong()).isEqualTo(video.getId());
        });
        JsonNode moment = getJson(search).path("items").get(0).path("moments");
        assertThat(moment).hasSize(1);
        assertThat(moment.get(0).path("seconds").asInt()).isEqualTo(4);
        assertThat(moment.get(0).path("text").asString()).isEqualTo("<em>骆驼刺</em>能固沙");
        String page = get("/search?q=" + encode("骆驼刺")).body();
        assertThat(page)
                .contains("href=\"/videos/" + video.getId() + "?t=4\"")
                .contains("<time>00:04</time>")
                .contains("<em>骆驼刺</em>能固沙");
        assertThat(get("/mn/search?q=" + encode("骆驼刺")).body())
                .contains("href=\"/mn/videos/" + video.getId() + "?t=4\"");

        assertThat(send("DELETE", captions, editor, null).statusCode()).isEqualTo(202);
        assertThat(get(captions).statusCode()).isEqualTo(200);
        send("POST", "/api/v1/videos/" + video.getId() + "/submit", editor, null);
        assertThat(send("POST", "/api/v1/videos/" + video.getId() + "/publish", reviewer, null)
                        .statusCode())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(getJson(search).path("items")).isEmpty());
    }

    /**
     * A video's Mongolian title and summary: changed as a correction, reviewed, then on the Mongolian page (laid out
     * as Mongolian), in the API's {@code translations}, linked from the Chinese page and found by a Mongolian search
     * typed with or without a variation selector; a legacy-encoded paste is refused naming the field.
     */
    @Test
    void aVideosMongolianVersionIsReviewedShownInMongolianAndFoundByAMongolianSearch() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        long creator = person("creator-" + suffix, Role.CREATOR);
        String editor = name(person("editor-" + suffix, Role.EDITOR));
        String reviewer = name(person("reviewer-" + suffix, Role.REVIEWER));
        Video video = transcoded(creator, "骆驼与沙漠的视频" + suffix);
        String path = "/api/v1/videos/" + video.getId();
        assertThat(send("POST", path + "/publish", reviewer, null).statusCode()).isEqualTo(200);
        String camel = "ᠲᠡᠮᠡᠭᠡ ᠪᠠ ᠭᠣᠪᠢ";

        HttpResponse<String> legacy =
                send("PATCH", path, editor, "{\"translations\":{\"mn\":{\"title\":\"\uE234\uE2A1\"}}}");
        assertThat(legacy.statusCode()).isEqualTo(400);
        assertThat(legacy.body()).contains("translations[mn].title");
        HttpResponse<String> orphanSummary =
                send("PATCH", path, editor, "{\"translations\":{\"mn\":{\"title\":\"\",\"summary\":\"ᠲᠡᠮᠡᠭᠡ\"}}}");
        assertThat(orphanSummary.statusCode()).as(orphanSummary.body()).isIn(400, 409, 422);

        HttpResponse<String> patched = send(
                "PATCH",
                path,
                editor,
                "{\"translations\":{\"mn\":{\"title\":\"" + camel + "\",\"summary\":\"ᠲᠡᠮᠡᠭᠡ ᠶᠢᠨ ᠲᠤᠬᠠᠢ\"}}}");
        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
        assertThat(json(patched).path("correctionPending").asBoolean()).isTrue();
        assertThat(getJson(path).path("translations").path("mn").isMissingNode())
                .as("the Mongolian version waits for review like any change of a published video")
                .isTrue();
        assertThat(send("POST", path + "/submit", editor, null).statusCode()).isEqualTo(200);
        assertThat(send("POST", path + "/publish", reviewer, null).statusCode()).isEqualTo(200);

        JsonNode published = getJson(path);
        assertThat(published.path("title").asString()).isEqualTo("骆驼与沙漠的视频" + suffix);
        assertThat(published.path("translations").path("mn").path("title").asString())
                .isEqualTo(camel);
        assertThat(published.path("translations").path("mn").path("summary").asString())
                .isEqualTo("ᠲᠡᠮᠡᠭᠡ ᠶᠢᠨ ᠲᠤᠬᠠᠢ");

        org.jsoup.nodes.Document mongolian =
                org.jsoup.Jsoup.parse(get("/mn/videos/" + video.getId()).body());
        assertThat(mongolian.selectFirst("main h1").text()).isEqualTo(camel);
        assertThat(mongolian.selectFirst("main h1").attr("lang")).isEqualTo("mn-Mong");
        assertThat(mongolian.selectFirst("main p.lead").attr("lang")).isEqualTo("mn-Mong");
        assertThat(mongolian.select("p.versions a").attr("href")).endsWith(":" + port + "/videos/" + video.getId());
        org.jsoup.nodes.Document chinese =
                org.jsoup.Jsoup.parse(get("/videos/" + video.getId()).body());
        assertThat(chinese.selectFirst("main h1").text()).isEqualTo("骆驼与沙漠的视频" + suffix);
        assertThat(chinese.selectFirst("main h1").attr("lang")).isEqualTo("zh-CN");
        assertThat(chinese.select("p.versions a").attr("href")).endsWith(":" + port + "/mn/videos/" + video.getId());
        assertThat(chinese.select("p.versions a").attr("lang")).isEqualTo("mn-Mong");

        // typed with a free variation selector after the first letter's form
        for (String typed : List.of("ᠲᠡᠮᠡᠭᠡ", "ᠲᠡᠮᠡ\u180Bᠭᠡ")) {
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                JsonNode found = getJson("/api/v1/search?lang=mn&q=" + encode(typed));
                assertThat(found.path("items").findValues("title").stream().map(JsonNode::asString))
                        .as(typed)
                        .contains(camel);
            });
        }
        JsonNode hit = java.util.stream.StreamSupport.stream(
                        getJson("/api/v1/search?lang=mn&q=" + encode("ᠲᠡᠮᠡᠭᠡ"))
                                .path("items")
                                .spliterator(),
                        false)
                .filter(item -> item.path("title").asString().equals(camel))
                .findFirst()
                .orElseThrow();
        assertThat(hit.path("id").asLong()).isEqualTo(video.getId());
        assertThat(hit.path("lang").asString()).isEqualTo("mn");
        assertThat(hit.path("type").asString()).isEqualTo("video");
        assertThat(getJson("/api/v1/search?q=" + encode("骆驼与沙漠的视频" + suffix)).path("items").findValues("title").stream()
                        .map(JsonNode::asString))
                .as("the Chinese search still finds its Chinese title, once")
                .containsOnlyOnce("骆驼与沙漠的视频" + suffix);

        assertThat(send("POST", path + "/withdraw", reviewer, null).statusCode())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(
                                getJson("/api/v1/search?lang=mn&q=" + encode("ᠲᠡᠮᠡᠭᠡ"))
                                        .path("items")
                                        .findValues("title")
                                        .stream()
                                        .map(JsonNode::asString))
                        .as("a withdrawn video's Mongolian document goes with it")
                        .doesNotContain(camel));
    }

    @Test
    void aRefusedFilesReasonIsWordedInThePagesLanguage() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        long creator = person("refused-" + suffix, Role.CREATOR);
        String source = "uploads/test/" + UUID.randomUUID() + ".mp4";
        Video video = videos.submit(
                new NewVideo("太长的视频" + suffix, "", null, null, List.of(), creator, source, VideoRoute.REVIEW));
        videos.rejected(video.getId(), "视频时长 12 分 34.3 秒，超过了 10 分钟的上限，请剪短后重新上传", "media.rejected.TOO_LONG|754.3|600");
        org.kepu.portal.PageSession owner = org.kepu.portal.PageSession.login(this::uri, name(creator), PASSWORD);

        assertThat(owner.get("/creator/videos").body()).contains("视频时长 12 分 34.3 秒，超过了 10 分钟的上限");
        assertThat(owner.get("/mn/creator/videos").body())
                .contains("ᠸᠢᠳᠢᠶᠣ ᠶᠢᠨ ᠤᠷᠲᠤ 754.3 ᠰᠸᠺᠦ᠋ᠨ᠋ᠲ᠂ ᠳᠡᠭᠡᠳᠦ ᠬᠢᠵᠠᠭᠠᠷ 600 ᠰᠸᠺᠦ᠋ᠨ᠋ᠲ")
                .doesNotContain("超过了 10 分钟的上限");
    }

    private HttpResponse<String> put(String path, String user, String type, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri(path))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json")
                .header("Content-Type", type)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private Video transcoded(long owner, String title) {
        String source = "uploads/test/" + UUID.randomUUID() + ".mp4";
        blobs.put(source, new ByteArrayInputStream(new byte[] {1, 2, 3}), "video/mp4");
        Video video = videos.submit(
                new NewVideo(title, title + "的简介", null, null, List.of(), owner, source, VideoRoute.REVIEW));
        String prefix = "videos/" + video.getId() + "/m1";
        blobs.put(
                prefix + "/master.m3u8",
                new ByteArrayInputStream("#EXTM3U".getBytes(StandardCharsets.UTF_8)),
                "text/plain");
        return videos.transcoded(
                video.getId(),
                new TranscodedMedia(prefix, 640, 360, 6, List.of(new VideoRendition(640, 360, 900_000))));
    }

    private HttpResponse<String> send(String method, String path, String user, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(
                method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode json(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    private long person(String username, Role... roles) {
        EnumSet<Role> set = EnumSet.noneOf(Role.class);
        set.addAll(List.of(roles));
        return accounts.add(Account.create(username, encoder.encode(PASSWORD), username, set, Instant.now()))
                .getId();
    }

    private String name(long id) {
        return accounts.findById(id).orElseThrow().getUsername();
    }
}
