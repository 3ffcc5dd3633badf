package org.kepu.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kepu.content.blob.BlobInfo;
import org.kepu.content.blob.BlobStore;
import org.kepu.content.video.NewVideo;
import org.kepu.content.video.Video;
import org.kepu.content.video.VideoRoute;
import org.kepu.content.video.VideoStatus;
import org.kepu.content.video.Videos;
import org.kepu.media.transcode.FfmpegBinary;
import org.kepu.media.transcode.LadderPlanner;
import org.kepu.media.transcode.MediaProber;
import org.kepu.media.transcode.SampleVideos;
import org.kepu.media.transcode.TranscodeFailed;
import org.kepu.media.transcode.Transcoder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A worker that takes over a transcode finds the segments the stopped run kept in the blob store
 * and continues after them. The job runs here by hand: the queue would run it at once.
 */
@SpringBootTest(
        classes = MediaWorkerApplication.class,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:resume;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "kepu.media.worker-enabled=false"
        })
@ExtendWith(OutputCaptureExtension.class)
class TranscodeJobResumeTests {

    private static final String SOURCE = "uploads/test/resume.mp4";

    @TempDir
    static Path data;

    @TempDir
    Path temp;

    @Autowired
    Videos videos;

    @Autowired
    BlobStore folderStore;

    /** Where the job reads the source and keeps its segments. */
    BlobStore blobs;

    @Autowired
    SampleVideos samples;

    @Autowired
    FfmpegBinary ffmpeg;

    @Autowired
    MediaSettings settings;

    @Autowired
    Clock clock;

    @BeforeEach
    void chooseStore() {
        blobs = store();
    }

    /** The store the job works with: the application's (a folder); a subclass runs on S3. */
    BlobStore store() {
        return folderStore;
    }

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("kepu.data-dir", () -> data.toString());
    }

    @Test
    void aTakenOverTranscodeContinuesAfterTheSegmentsKeptInTheBlobStore(CapturedOutput log) {
        long id = submit("沙尘暴是怎样形成的");
        StoppingStore stopping = stopAfterTwoSegments(id);

        Video ready = runAgain(id);

        assertThat(ready.getStatus()).isEqualTo(VideoStatus.READY);
        assertThat(log.getOut())
                .containsPattern("Resuming video " + id + " from segment [2-5] of 6 \\(kept in the blob store\\)");
        for (int r = 0; r < 2; r++) {
            String kept = stopping.keptSegment(r, "seg_000.ts");
            assertThat(read(ready.mediaKey("v" + r + "/seg_000.ts"))).isEqualTo(stopping.bytes.get(kept));
            assertThat(blobs.exists(kept))
                    .as("checkpoint removed after success")
                    .isFalse();
        }
        assertThat(new String(read(ready.mediaKey("v1/index.m3u8")), StandardCharsets.UTF_8))
                .contains("#EXT-X-PLAYLIST-TYPE:VOD", "seg_000.ts", "seg_005.ts", "#EXT-X-ENDLIST");
        for (String file : List.of(Video.MASTER_PLAYLIST, Video.FALLBACK_MP4, Video.POSTER, "sprite.jpg")) {
            assertThat(blobs.exists(ready.mediaKey(file))).as(file).isTrue();
        }
    }

    @Test
    void aTornCheckpointIsTranscodedFromTheStart(CapturedOutput log) {
        long id = submit("风从哪里来");
        StoppingStore stopping = stopAfterTwoSegments(id);
        String manifest = stopping.manifest();
        byte[] whole = read(manifest);
        blobs.put(manifest, new ByteArrayInputStream(Arrays.copyOf(whole, whole.length / 2)), "text/plain");

        Video ready = runAgain(id);

        assertThat(ready.getStatus()).isEqualTo(VideoStatus.READY);
        assertThat(log.getOut()).doesNotContain("Resuming video " + id + " ");
        assertThat(new String(read(ready.mediaKey("v0/index.m3u8")), StandardCharsets.UTF_8))
                .contains("seg_000.ts", "seg_005.ts");
    }

    private long submit(String title) {
        Path source =
                samples.generate(temp.resolve("resume.mp4"), 640, 360, Duration.ofSeconds(24), OptionalInt.of(440));
        blobs.put(SOURCE, source, "video/mp4");
        return videos.submit(new NewVideo(
                        title, title + "的简介", null, "ejinhoro", List.of("youth"), null, SOURCE, VideoRoute.DIRECT))
                .getId();
    }

    // the first worker: stopped (as if killed) once two segments of each rendition are kept
    private StoppingStore stopAfterTwoSegments(long id) {
        StoppingStore stopping = new StoppingStore(blobs, Thread.currentThread());
        TranscodeJob first = new TranscodeJob(videos, stopping, transcoder(), settings, clock);
        assertThatThrownBy(() -> first.run(id, 0)).isInstanceOf(TranscodeFailed.class);
        Thread.interrupted();
        return stopping;
    }

    // the worker that takes over
    private Video runAgain(long id) {
        new TranscodeJob(videos, blobs, transcoder(), settings, clock).run(id, 1);
        return videos.find(id).orElseThrow();
    }

    private Transcoder transcoder() {
        return new Transcoder(
                ffmpeg,
                new MediaProber(ffmpeg),
                new LadderPlanner(),
                settings.transcodeSettings().withCheckpointInterval(Duration.ofMillis(100)),
                settings.rules());
    }

    private byte[] read(String key) {
        try (InputStream in = blobs.open(key)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The blob store, which interrupts the transcoding thread once a manifest lists two segments of each rendition. */
    static final class StoppingStore implements BlobStore {

        private final BlobStore store;
        private final Thread running;
        private final AtomicBoolean stopped = new AtomicBoolean();
        final Map<String, byte[]> bytes = new ConcurrentHashMap<>();

        StoppingStore(BlobStore store, Thread running) {
            this.store = store;
            this.running = running;
        }

        String keptSegment(int rendition, String name) {
            return bytes.keySet().stream()
                    .filter(k -> k.endsWith("/v" + rendition + "/" + name))
                    .findFirst()
                    .orElseThrow();
        }

        String manifest() {
            return bytes.keySet().stream()
                    .filter(k -> k.endsWith("/" + SegmentCheckpoints.MANIFEST))
                    .findFirst()
                    .orElseThrow();
        }

        @Override
        public void put(String key, InputStream content, String contentType) {
            try {
                byte[] all = content.readAllBytes();
                store.put(key, new ByteArrayInputStream(all), contentType);
                bytes.put(key, all);
                String text = new String(all, StandardCharsets.UTF_8);
                if (key.endsWith(SegmentCheckpoints.MANIFEST)
                        && text.contains("seg 0 seg_001.ts")
                        && text.contains("seg 1 seg_001.ts")
                        && stopped.compareAndSet(false, true)) {
                    running.interrupt();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void put(String key, Path file, String contentType) {
            try {
                store.put(key, file, contentType);
                bytes.put(key, Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public InputStream open(String key) {
            return store.open(key);
        }

        @Override
        public InputStream open(String key, long offset, long length) {
            return store.open(key, offset, length);
        }

        @Override
        public Optional<BlobInfo> stat(String key) {
            return store.stat(key);
        }

        @Override
        public void copyTo(String key, Path target) {
            store.copyTo(key, target);
        }

        @Override
        public void delete(String key) {
            store.delete(key);
        }

        @Override
        public void deleteAll(String prefix) {
            store.deleteAll(prefix);
        }

        @Override
        public boolean isUsable() {
            return store.isUsable();
        }
    }
}
