package org.kepu.content.blob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every {@link BlobStore} does; extended once per implementation. */
public abstract class BlobStoreContract {

    @TempDir
    protected Path temp;

    private BlobStore store;

    protected abstract BlobStore createStore() throws Exception;

    @BeforeEach
    void setUp() throws Exception {
        store = createStore();
    }

    @AfterEach
    void closeStore() throws Exception {
        if (store instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    @Test
    void storesAndReadsBackBytes() throws IOException {
        byte[] content = "沙尘暴来了怎么办".getBytes(StandardCharsets.UTF_8);
        store.put("videos/1/poster.jpg", new ByteArrayInputStream(content), "image/jpeg");

        try (InputStream in = store.open("videos/1/poster.jpg")) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        assertThat(store.stat("videos/1/poster.jpg"))
                .get()
                .satisfies(info -> assertThat(info.size()).isEqualTo(content.length));
    }

    @Test
    void replacesAnExistingBlob() throws IOException {
        store.put("a/b.txt", stream("旧内容"), "text/plain");
        store.put("a/b.txt", stream("新内容"), "text/plain");

        try (InputStream in = store.open("a/b.txt")) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("新内容");
        }
    }

    @Test
    void readsARange() throws IOException {
        store.put("range/data.bin", stream("0123456789"), "application/octet-stream");

        try (InputStream in = store.open("range/data.bin", 3, 4)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("3456");
        }
    }

    @Test
    void storesALocalFileAndCopiesItBack() throws IOException {
        Path source = Files.writeString(temp.resolve("source.mp4"), "视频字节");
        store.put("uploads/x/source.mp4", source, "video/mp4");

        Path copy = temp.resolve("copy.mp4");
        store.copyTo("uploads/x/source.mp4", copy);
        assertThat(Files.readString(copy)).isEqualTo("视频字节");
    }

    @Test
    void movesALocalFileInByteIdenticalAndTakesItOver() throws IOException {
        byte[] content = new byte[3 << 20];
        new Random(18).nextBytes(content);
        Path file = Files.write(temp.resolve("上传.part"), content);
        store.put("uploads/7/moved/source", stream("旧内容"), "application/octet-stream");

        store.moveIn("uploads/7/moved/source", file, "application/octet-stream");

        assertThat(file).doesNotExist();
        try (InputStream in = store.open("uploads/7/moved/source")) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
    }

    @Test
    void movingAMissingFileFailsAndStoresNothing() throws IOException {
        Path missing = temp.resolve("不在.part");

        assertThatThrownBy(() -> store.moveIn("uploads/7/missing/source", missing, "application/octet-stream"))
                .isInstanceOf(BlobStoreFailed.class);
        assertThat(store.exists("uploads/7/missing/source")).isFalse();
    }

    @Test
    void reportsMissingBlobs() {
        assertThat(store.stat("nothing/here")).isEmpty();
        assertThat(store.exists("nothing/here")).isFalse();
        assertThatThrownBy(() -> store.open("nothing/here")).isInstanceOf(BlobNotFound.class);
    }

    @Test
    void deletesOneBlobAndAllUnderAPrefix() {
        store.put("videos/7/hls/v0/index.m3u8", stream("#EXTM3U"), "application/vnd.apple.mpegurl");
        store.put("videos/7/poster.jpg", stream("jpg"), "image/jpeg");
        store.put("videos/70/poster.jpg", stream("other"), "image/jpeg");

        store.delete("videos/7/poster.jpg");
        assertThat(store.exists("videos/7/poster.jpg")).isFalse();

        store.deleteAll("videos/7");
        assertThat(store.exists("videos/7/hls/v0/index.m3u8")).isFalse();
        assertThat(store.exists("videos/70/poster.jpg"))
                .as("a sibling prefix stays")
                .isTrue();
    }

    @Test
    void refusesKeysThatCouldEscapeTheStore() {
        for (String key : new String[] {"../etc/passwd", "a/../../b", "/absolute", "a//b", "", "a/.hidden/../x"}) {
            assertThatThrownBy(() -> store.put(key, stream("x"), "text/plain"))
                    .as(key)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void isUsable() {
        assertThat(store.isUsable()).isTrue();
    }

    @Test
    void storesAnEmptyBlob() throws IOException {
        store.put("empty/zero.bin", new ByteArrayInputStream(new byte[0]), "application/octet-stream");

        assertThat(store.stat("empty/zero.bin"))
                .get()
                .extracting(BlobInfo::size)
                .isEqualTo(0L);
        try (InputStream in = store.open("empty/zero.bin")) {
            assertThat(in.readAllBytes()).isEmpty();
        }
        try (InputStream in = store.open("empty/zero.bin", 0, 10)) {
            assertThat(in.readAllBytes()).isEmpty();
        }
    }

    @Test
    void keepsEveryByteValue() throws IOException {
        byte[] content = new byte[256 * 4];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) i;
        }
        store.put("binary/all-bytes.bin", new ByteArrayInputStream(content), "application/octet-stream");

        try (InputStream in = store.open("binary/all-bytes.bin")) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        try (InputStream in = store.open("binary/all-bytes.bin", 250, 12)) {
            assertThat(in.readAllBytes()).containsExactly(slice(content, 250, 12));
        }
    }

    @Test
    void readsRangesAtTheEdges() throws IOException {
        store.put("range/edges.txt", stream("0123456789"), "text/plain");

        assertThat(read("range/edges.txt", 0, 1)).as("first byte").isEqualTo("0");
        assertThat(read("range/edges.txt", 9, 1)).as("last byte").isEqualTo("9");
        assertThat(read("range/edges.txt", 0, 10)).as("all of it").isEqualTo("0123456789");
        assertThat(read("range/edges.txt", 7, 100)).as("past the end").isEqualTo("789");
        assertThat(read("range/edges.txt", 10, 5)).as("starting at the end").isEmpty();
        assertThat(read("range/edges.txt", 25, 5)).as("starting past the end").isEmpty();
        assertThat(read("range/edges.txt", 4, 0)).as("nothing").isEmpty();
        assertThat(read("range/edges.txt", 6, Long.MAX_VALUE)).as("to the end").isEqualTo("6789");
    }

    @Test
    void refusesNegativeRanges() {
        store.put("range/neg.txt", stream("0123456789"), "text/plain");

        assertThatThrownBy(() -> store.open("range/neg.txt", -1, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.open("range/neg.txt", 0, -3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reportsMissingBlobsOnEveryRead() {
        assertThatThrownBy(() -> store.open("nothing/here", 0, 5)).isInstanceOf(BlobNotFound.class);
        assertThatThrownBy(() -> store.open("nothing/here", 0, 0)).isInstanceOf(BlobNotFound.class);
        Path target = temp.resolve("never.bin");
        assertThatThrownBy(() -> store.copyTo("nothing/here", target)).isInstanceOf(BlobNotFound.class);
        assertThat(target).doesNotExist();
    }

    @Test
    void deletingWhatIsNotThereIsNoError() {
        store.delete("nothing/here.txt");
        store.deleteAll("nothing");

        assertThat(store.exists("nothing/here.txt")).isFalse();
    }

    @Test
    void copiesOverAnExistingFile() throws IOException {
        store.put("copy/new.txt", stream("新的"), "text/plain");
        Path target = Files.writeString(temp.resolve("existing.txt"), "旧的，而且更长的内容");

        store.copyTo("copy/new.txt", target);

        assertThat(Files.readString(target)).isEqualTo("新的");
    }

    @Test
    void aFailedUploadKeepsThePreviousBlob() throws IOException {
        store.put("videos/3/source.mp4", stream("第一版"), "video/mp4");

        InputStream breaking = new GeneratedStream(100_000, 5).failingAfter(50_000);
        assertThatThrownBy(() -> store.put("videos/3/source.mp4", breaking, "video/mp4"))
                .isInstanceOf(BlobStoreFailed.class);

        try (InputStream in = store.open("videos/3/source.mp4")) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("第一版");
        }
    }

    @Test
    void reportsTheContentType() {
        store.put("videos/1/index.m3u8", stream("#EXTM3U"), "application/vnd.apple.mpegurl");

        assertThat(store.stat("videos/1/index.m3u8"))
                .get()
                .extracting(BlobInfo::contentType)
                .isEqualTo("application/vnd.apple.mpegurl");
    }

    /** Keys are ASCII by design ({@link BlobKeys}): a Chinese title never becomes a key. */
    @Test
    void refusesNonAsciiAndOtherUnsafeKeysOnEveryOperation() {
        for (String key : new String[] {"视频/1.mp4", "videos/科普.mp4", "a b/c", "a\\b", "a/b/", "a?b", "%2e%2e/x"}) {
            assertThatThrownBy(() -> store.put(key, stream("x"), "text/plain"))
                    .as("put %s", key)
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store.open(key)).as("open %s", key).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store.open(key, 0, 1))
                    .as("open range %s", key)
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store.stat(key)).as("stat %s", key).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store.delete(key))
                    .as("delete %s", key)
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store.deleteAll(key))
                    .as("deleteAll %s", key)
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store.presignedUrl(key, Duration.ofMinutes(1)))
                    .as("presignedUrl %s", key)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    /** Stores differ here, declared in {@link #presignsUrls()}: where there is a URL, it serves the bytes. */
    @Test
    void presignedUrlServesTheBlobWhereTheStoreHasOne() throws Exception {
        store.put("videos/9/poster.jpg", stream("海报"), "image/jpeg");

        Optional<URI> url = store.presignedUrl("videos/9/poster.jpg", Duration.ofMinutes(5));

        assertThat(url.isPresent()).isEqualTo(presignsUrls());
        if (url.isPresent()) {
            HttpResponse<byte[]> response = HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(url.get()).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("海报");
        }
    }

    /** Whether the store hands out presigned URLs. */
    protected abstract boolean presignsUrls();

    protected BlobStore store() {
        return store;
    }

    private String read(String key, long offset, long length) throws IOException {
        try (InputStream in = store.open(key, offset, length)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static byte[] slice(byte[] bytes, int offset, int length) {
        byte[] part = new byte[length];
        System.arraycopy(bytes, offset, part, 0, length);
        return part;
    }

    protected static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
