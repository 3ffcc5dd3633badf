package org.kepu.portal.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kepu.content.account.Account;
import org.kepu.content.account.Accounts;
import org.kepu.content.account.Role;
import org.kepu.content.blob.BlobStore;
import org.kepu.media.transcode.SampleVideos;
import org.kepu.portal.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.JsonNode;

class TusUploadIntegrationTests extends PortalIntegrationTest {

    private static final long TWO_GB = DataSize.ofGigabytes(2).toBytes();

    private static final String PASSWORD = "创作者-密码-123";

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    SampleVideos samples;

    @Autowired
    BlobStore blobs;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ServletWebServerApplicationContext server;

    @TempDir
    Path temp;

    private String creator;
    private String other;

    @Test
    void tomcatReadsUploadBodiesInLargeSteps() {
        Connector connector =
                ((TomcatWebServer) server.getWebServer()).getTomcat().getConnector();

        assertThat(String.valueOf(connector.getProperty("socket.appReadBufSize")))
                .isEqualTo(String.valueOf(UploadReadBuffer.READ_BUFFER_BYTES));
    }

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

    @Test
    void anUploadUsedByAVideoCannotBeDeletedAndKeepsItsQuota() throws Exception {
        byte[] video = video(2000);
        String location = create(creator, video.length, "用过的.mp4");
        assertThat(patch(location, creator, 0, video).statusCode()).isEqualTo(204);
        String uploadId = location.substring(location.lastIndexOf('/') + 1);
        assertThat(send(request("/api/v1/videos", creator)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"uploadId\":\"" + uploadId + "\",\"title\":\"用过的\"}")))
                        .statusCode())
                .isEqualTo(201);

        HttpResponse<String> delete = send(request(path(location), creator).DELETE());

        assertThat(delete.statusCode()).isEqualTo(409);
        assertThat(json.readTree(delete.body()).path("detail").asString()).contains("已用于视频");
        // the quota still counts the used upload: 4 × 2 GB fit beside it, a fifth does not
        for (int i = 0; i < 4; i++) {
            create(creator, TWO_GB, "大文件" + i + ".mp4");
        }
        HttpResponse<String> fifth = createResponse(creator, TWO_GB, "第五个.mp4");
        assertThat(fifth.statusCode()).isEqualTo(422);
        assertThat(json.readTree(fifth.body()).path("detail").asString()).contains("上传空间不足");
    }

    @Test
    void parallelCreatesCannotReserveMoreThanTheQuota() throws Exception {
        // three times the five slots races enough; 30 HTTP Basic logins at once (a BCrypt check each)
        // starved the pool of a loaded 2-core CI machine past Hikari's 30 s wait
        int attempts = 15;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                int n = i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return createResponse(creator, TWO_GB, "并发" + n + ".mp4");
                }));
            }
            start.countDown();
            List<String> answered = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get(2, TimeUnit.MINUTES);
                answered.add(response.statusCode() + (response.statusCode() == 201 ? "" : " " + response.body()));
            }

            long quota = DataSize.ofGigabytes(10).toBytes();
            assertThat(answered.stream().filter(a -> a.equals("201")).count())
                    .as("%s", answered)
                    .isEqualTo(quota / TWO_GB);
            assertThat(answered.stream().filter(a -> a.startsWith("422 ")).count())
                    .as("%s", answered)
                    .isEqualTo(attempts - quota / TWO_GB);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aTricklingPatchIsEndedByTheServerAndTheUploadResumesFromTheStoredOffset() throws Exception {
        // one byte every 50 ms: under the test's minimum rate of 1 KB/s once the 1 s grace is over
        endedPatchResumes(video(100_000), 1, 50);
    }

    @Test
    void aPatchRunningPastItsDeadlineIsEndedAndTheUploadResumesFromTheStoredOffset() throws Exception {
        // 20 KB/s is fast enough for the rate, but the whole body would take 20 s: the 6 s deadline ends it
        endedPatchResumes(video(400_000), 2048, 100);
    }

    @Test
    void ofTwoConcurrentPatchesAtOneOffsetOneWinsAndTheOtherIsRefusedAtOnce() throws Exception {
        byte[] winner = video(128 * 1024);
        byte[] loser = video(128 * 1024);
        Arrays.fill(loser, 12, loser.length, (byte) 'X');
        String location = create(creator, winner.length, "抢写.mp4");
        String id = location.substring(location.lastIndexOf('/') + 1);

        try (RawPatch first = new RawPatch(port, path(location), basic(creator), 0, winner.length)) {
            first.send(winner, 0, 64 * 1024);
            await().atMost(Duration.ofSeconds(20)).until(() -> leased(id));

            HttpResponse<String> second = patch(location, creator, 0, loser);
            assertThat(second.statusCode()).isEqualTo(423);
            assertThat(second.headers().firstValue("Retry-After")).isPresent();

            first.send(winner, 64 * 1024, winner.length);
            RawPatch.Answer answer = first.answer().get(30, TimeUnit.SECONDS);
            assertThat(answer.status()).isEqualTo(204);
            assertThat(answer.header("Upload-Offset")).isEqualTo(Long.toString(winner.length));
        }
        assertThat(patch(location, creator, 0, loser).statusCode())
                .as("too late: the offset moved on")
                .isEqualTo(409);
        assertThat(storedBytes(id, winner.length)).isEqualTo(winner);
    }

    @Test
    void anAccountSendsNoMoreThanItsAllowedPatchesAtOnce() throws Exception {
        List<RawPatch> running = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                String location = create(creator, 100_000, "同时" + i + ".mp4");
                RawPatch patch = new RawPatch(port, path(location), basic(creator), 0, 100_000);
                running.add(patch);
                patch.send(video(100_000), 0, 64 * 1024);
                String id = location.substring(location.lastIndexOf('/') + 1);
                await().atMost(Duration.ofSeconds(20)).until(() -> leased(id));
            }
            String fifth = create(creator, 2000, "第五个.mp4");

            HttpResponse<String> refused = patch(fifth, creator, 0, video(2000));

            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(json.readTree(refused.body()).path("detail").asString()).contains("同时上传的文件太多");
            for (RawPatch patch : running) {
                patch.close();
            }
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> patch(fifth, creator, 0, video(2000)).statusCode() == 204);
        } finally {
            for (RawPatch patch : running) {
                patch.close();
            }
        }
    }

    @Test
    void aProtocolRefusalIsInTheCallersLanguage() throws Exception {
        HttpRequest.Builder twice = request("/api/v1/uploads", creator)
                .header("Upload-Length", "100")
                .header("Upload-Length", "200")
                .POST(HttpRequest.BodyPublishers.noBody());

        HttpResponse<String> chinese = send(twice);
        HttpResponse<String> mongolian = send(twice.header("Accept-Language", "mn"));

        assertThat(chinese.statusCode()).isEqualTo(400);
        assertThat(json.readTree(chinese.body()).path("detail").asString()).isEqualTo("Upload-Length 只能发送一次。");
        assertThat(mongolian.statusCode()).isEqualTo(400);
        assertThat(json.readTree(mongolian.body()).path("detail").asString())
                .isEqualTo("Upload-Length ᠢ ᠵᠥᠪᠬᠡᠨ ᠨᠢᠭᠡ ᠤᠳᠠᠭ᠎ᠠ ᠢᠯᠡᠭᠡᠵᠦ ᠪᠣᠯᠣᠨ᠎ᠠ᠃");
    }

    @Test
    void malformedTusHeadersAreRefusedWithoutWork() throws Exception {
        assertThat(createWith("Upload-Length", "99999999999999999999").statusCode())
                .isEqualTo(400);
        assertThat(createWith("Upload-Length", "-5").statusCode()).isEqualTo(400);
        assertThat(createWith("Upload-Length", "1e3").statusCode()).isEqualTo(400);
        assertThat(send(request("/api/v1/uploads", creator)
                                .header("Upload-Length", "100")
                                .header("Upload-Length", "200")
                                .header("Upload-Metadata", "filename " + b64("两次.mp4"))
                                .POST(HttpRequest.BodyPublishers.noBody()))
                        .statusCode())
                .isEqualTo(400);
        assertThat(send(request("/api/v1/uploads", creator)
                                .header("Upload-Length", "100")
                                .header("Upload-Metadata", "filename " + b64("a.mp4") + ",filename " + b64("b.exe"))
                                .POST(HttpRequest.BodyPublishers.noBody()))
                        .statusCode())
                .isEqualTo(400);
        assertThat(send(request("/api/v1/uploads", creator)
                                .header("Upload-Length", "100")
                                .header("Upload-Metadata", "filename " + b64("长.mp4") + ",x " + "A".repeat(5000))
                                .POST(HttpRequest.BodyPublishers.noBody()))
                        .statusCode())
                .isEqualTo(400);

        byte[] video = video(3000);
        String location = create(creator, video.length, "分块.mp4");
        assertThat(send(request(path(location), creator)
                                .header("Upload-Offset", "-1")
                                .header("Content-Type", "application/offset+octet-stream")
                                .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(video)))
                        .statusCode())
                .isEqualTo(400);
        // a chunked body longer than the upload: the server reads what the upload needs and stops
        byte[] tooLong = Arrays.copyOf(video, 50_000);
        HttpResponse<String> chunked = send(request(path(location), creator)
                .header("Upload-Offset", "0")
                .header("Content-Type", "application/offset+octet-stream")
                .method("PATCH", HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(tooLong))));
        assertThat(chunked.statusCode()).isEqualTo(204);
        assertThat(chunked.headers().firstValue("Upload-Offset")).hasValue(Long.toString(video.length));
        String id = location.substring(location.lastIndexOf('/') + 1);
        assertThat(storedBytes(id, video.length)).isEqualTo(video);
    }

    private void endedPatchResumes(byte[] video, int piece, long periodMillis) throws Exception {
        String location = create(creator, video.length, "慢慢来.mp4");
        String id = location.substring(location.lastIndexOf('/') + 1);
        long kept;
        try (RawPatch slow = new RawPatch(port, path(location), basic(creator), 0, video.length)) {
            slow.trickle(video, 0, piece, periodMillis);

            await().atMost(Duration.ofSeconds(40)).until(slow.answer()::isDone);
            RawPatch.Answer answer = slow.answer().get();
            assertThat(answer.status()).isEqualTo(204);
            assertThat(answer.header("Connection")).isEqualTo("close");
            kept = Long.parseLong(answer.header("Upload-Offset"));
        }
        assertThat(kept).isPositive().isLessThan(video.length);
        assertThat(leased(id)).as("the ended PATCH let go of the upload").isFalse();
        assertThat(offset(location, creator)).isEqualTo(kept);

        HttpResponse<String> rest = patch(location, creator, kept, Arrays.copyOfRange(video, (int) kept, video.length));

        assertThat(rest.statusCode()).isEqualTo(204);
        assertThat(rest.headers().firstValue("Upload-Offset")).hasValue(Long.toString(video.length));
        assertThat(storedBytes(id, video.length)).isEqualTo(video);
    }

    private boolean leased(String id) {
        Integer leases = jdbc.queryForObject(
                "select count(*) from upload where id = ? and patch_lease is not null", Integer.class, id);
        return leases != null && leases > 0;
    }

    private byte[] storedBytes(String id, int length) throws Exception {
        long owner = accounts.findByUsername(creator).orElseThrow().getId();
        try (InputStream in = blobs.open("uploads/" + owner + "/" + id + "/source", 0, length)) {
            return in.readAllBytes();
        }
    }

    private HttpResponse<String> createWith(String header, String value) throws Exception {
        return send(request("/api/v1/uploads", creator)
                .header(header, value)
                .header("Upload-Metadata", "filename " + b64("坏.mp4"))
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** Bytes that pass the container check (an ISO media "ftyp" box), then filler. */
    private static byte[] video(int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (i * 31 + 7);
        }
        System.arraycopy(new byte[] {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'm', 'p', '4', '2'}, 0, bytes, 0, 12);
        return bytes;
    }

    private String account(String username) {
        accounts.add(
                Account.create(username, encoder.encode(PASSWORD), "创作者", EnumSet.of(Role.CREATOR), Instant.now()));
        return username;
    }

    private String create(String user, long length, String fileName) throws Exception {
        HttpResponse<String> response = createResponse(user, length, fileName);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response.headers().firstValue("Location").orElseThrow();
    }

    private HttpResponse<String> createResponse(String user, long length, String fileName) throws Exception {
        return send(request("/api/v1/uploads", user)
                .header("Upload-Length", Long.toString(length))
                .header("Upload-Metadata", "filename " + b64(fileName) + ",filetype " + b64("video/mp4"))
                .POST(HttpRequest.BodyPublishers.noBody()));
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
