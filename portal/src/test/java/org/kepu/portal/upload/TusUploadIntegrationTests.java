package org.kepu.portal.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kepu.content.account.Account;
import org.kepu.content.account.Accounts;
import org.kepu.content.account.Role;
import org.kepu.media.transcode.SampleVideos;
import org.kepu.portal.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

class TusUploadIntegrationTests extends PortalIntegrationTest {

    private static final String PASSWORD = "创作者-密码-123";

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    SampleVideos samples;

    @TempDir
    Path temp;

    private String creator;
    private String other;

    @BeforeEach
    void creators() {
        creator = account("creator-" + System.nanoTime());
        other = account("other-" + System.nanoTime());
    }

    @Test
    void announcesTheProtocol() throws Exception {
        HttpResponse<String> options =
                send(request("/api/v1/uploads", creator).method("OPTIONS", HttpRequest.BodyPublishers.noBody()));

        assertThat(options.statusCode()).isEqualTo(204);
        assertThat(options.headers().firstValue("Tus-Version")).hasValue("1.0.0");
        assertThat(options.headers().firstValue("Tus-Extension"))
                .hasValueSatisfying(e -> assertThat(e).contains("creation", "termination"));
        assertThat(options.headers().firstValue("Tus-Max-Size")).isPresent();
    }

    @Test
    void uploadsInChunksResumesAfterATornChunkAndBecomesAPlayableVideo() throws Exception {
        byte[] video = Files.readAllBytes(
                samples.generate(temp.resolve("clip.mp4"), 640, 360, Duration.ofSeconds(3), OptionalInt.of(440)));
        String location = create(creator, video.length, "风从哪里来.mp4");
        assertThat(location).matches(".*/api/v1/uploads/[a-z2-7]{26}");

        int half = video.length / 2;
        assertThat(patch(location, creator, 0, Arrays.copyOfRange(video, 0, half))
                        .statusCode())
                .isEqualTo(204);
        // a retry of an old offset is refused with the offset the server holds
        HttpResponse<String> stale = patch(location, creator, 0, Arrays.copyOfRange(video, 0, 10));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(offset(location, creator)).isEqualTo(half);

        HttpResponse<String> last = patch(location, creator, half, Arrays.copyOfRange(video, half, video.length));
        assertThat(last.statusCode()).isEqualTo(204);
        assertThat(last.headers().firstValue("Upload-Offset")).hasValue(Long.toString(video.length));

        String uploadId = location.substring(location.lastIndexOf('/') + 1);
        HttpResponse<String> created = send(request("/api/v1/videos", creator)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"uploadId\":\"" + uploadId + "\",\"title\":\"风从哪里来\"}")));
        assertThat(created.statusCode()).isEqualTo(201);
        long id = json.readTree(created.body()).path("id").asLong();

        await().atMost(Duration.ofMinutes(2))
                .until(() ->
                        "READY".equals(videoJson(id, creator).path("status").asString()));
        JsonNode ready = videoJson(id, creator);
        assertThat(ready.path("progress").asInt()).isEqualTo(100);
        assertThat(ready.path("renditions").size()).isGreaterThanOrEqualTo(2);
        assertThat(get("/api/v1/videos/" + id).statusCode())
                .as("unpublished: hidden from the public")
                .isEqualTo(404);
        assertThat(send(request("/api/v1/videos/" + id, other).GET()).statusCode())
                .as("and from other creators")
                .isEqualTo(404);

        HttpResponse<String> again = send(request("/api/v1/videos", creator)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"uploadId\":\"" + uploadId + "\",\"title\":\"再用一次\"}")));
        assertThat(again.statusCode()).as("an upload is used once").isEqualTo(422);
    }

    @Test
    void anUploadIsBoundToItsOwner() throws Exception {
        String location = create(creator, 100, "a.mp4");

        assertThat(send(request(path(location), other).method("HEAD", HttpRequest.BodyPublishers.noBody()))
                        .statusCode())
                .isEqualTo(404);
        assertThat(patch(location, other, 0, new byte[10]).statusCode()).isEqualTo(404);
        assertThat(send(request(path(location), null).method("HEAD", HttpRequest.BodyPublishers.noBody()))
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void refusesWhatBreaksTheRulesWithAReason() throws Exception {
        HttpResponse<String> wrongType = send(request("/api/v1/uploads", creator)
                .header("Upload-Length", "100")
                .header("Upload-Metadata", "filename " + b64("病毒.exe"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        HttpResponse<String> tooLarge = send(request("/api/v1/uploads", creator)
                .header("Upload-Length", Long.toString(3L << 30))
                .header("Upload-Metadata", "filename " + b64("大文件.mp4"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        HttpResponse<String> noVersion = http.send(
                HttpRequest.newBuilder(uri("/api/v1/uploads"))
                        .header("Authorization", basic(creator))
                        .header("Upload-Length", "100")
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(wrongType.statusCode()).isEqualTo(422);
        assertThat(json.readTree(wrongType.body()).path("detail").asString()).contains("不支持这种文件类型");
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(noVersion.statusCode()).isEqualTo(412);
    }

    @Test
    void aFileThatIsNotAVideoIsRefusedWhenItCompletes() throws Exception {
        byte[] text = "这只是一段文字，不是视频。".repeat(20).getBytes(StandardCharsets.UTF_8);
        String location = create(creator, text.length, "伪装.mp4");

        HttpResponse<String> last = patch(location, creator, 0, text);

        assertThat(last.statusCode()).isEqualTo(422);
        assertThat(json.readTree(last.body()).path("detail").asString()).contains("不是视频");
        assertThat(send(request(path(location), creator).method("HEAD", HttpRequest.BodyPublishers.noBody()))
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void terminationRemovesTheUpload() throws Exception {
        String location = create(creator, 1000, "取消.mp4");

        assertThat(send(request(path(location), creator).DELETE()).statusCode()).isEqualTo(204);
        assertThat(send(request(path(location), creator).method("HEAD", HttpRequest.BodyPublishers.noBody()))
                        .statusCode())
                .isEqualTo(404);
    }

    private String account(String username) {
        accounts.save(
                Account.create(username, encoder.encode(PASSWORD), "创作者", EnumSet.of(Role.CREATOR), Instant.now()));
        return username;
    }

    private String create(String user, long length, String fileName) throws Exception {
        HttpResponse<String> response = send(request("/api/v1/uploads", user)
                .header("Upload-Length", Long.toString(length))
                .header("Upload-Metadata", "filename " + b64(fileName) + ",filetype " + b64("video/mp4"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response.headers().firstValue("Location").orElseThrow();
    }

    private HttpResponse<String> patch(String location, String user, long offset, byte[] bytes) throws Exception {
        return send(request(path(location), user)
                .header("Upload-Offset", Long.toString(offset))
                .header("Content-Type", "application/offset+octet-stream")
                .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(bytes)));
    }

    private long offset(String location, String user) throws Exception {
        HttpResponse<String> head =
                send(request(path(location), user).method("HEAD", HttpRequest.BodyPublishers.noBody()));
        return Long.parseLong(head.headers().firstValue("Upload-Offset").orElseThrow());
    }

    private JsonNode videoJson(long id, String user) throws Exception {
        return json.readTree(send(request("/api/v1/videos/" + id, user).GET()).body());
    }

    private HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).header("Tus-Resumable", "1.0.0");
        return user == null ? builder : builder.header("Authorization", basic(user));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String path(String location) {
        return URI.create(location).getPath();
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static String b64(String value) {
        return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }
}
