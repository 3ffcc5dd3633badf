package org.kepu.content.blob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
