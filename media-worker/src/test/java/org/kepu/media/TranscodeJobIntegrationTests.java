package org.kepu.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kepu.content.blob.BlobStore;
import org.kepu.content.video.NewVideo;
import org.kepu.content.video.Video;
import org.kepu.content.video.VideoLimits;
import org.kepu.content.video.VideoRoute;
import org.kepu.content.video.VideoStatus;
import org.kepu.content.video.Videos;
import org.kepu.media.transcode.SampleVideos;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The media worker as its own process would run it: the durable queue, the blob store, ffmpeg. */
@SpringBootTest(
        classes = MediaWorkerApplication.class,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:worker;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "kepu.jobs.polling-interval=200ms",
            "kepu.media.retry-delay=100ms"
        })
class TranscodeJobIntegrationTests {

    @TempDir
    static Path data;

    @TempDir
    Path temp;

    @Autowired
    Videos videos;

    @Autowired
    BlobStore blobs;

    @Autowired
    SampleVideos samples;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("kepu.data-dir", () -> data.toString());
    }

    @Test
    void anUploadedVideoIsTranscodedIntoAnHlsLadderWithPosterAndFallback() {
        Path source =
                samples.generate(temp.resolve("sample.mp4"), 640, 360, Duration.ofSeconds(5), OptionalInt.of(440));
        blobs.put("uploads/test/sample.mp4", source, "video/mp4");

        Video submitted = videos.submit(upload("风从哪里来", "uploads/test/sample.mp4"));

        Video ready = awaitOutcome(submitted.getId());
        assertThat(ready.getStatus()).isEqualTo(VideoStatus.READY);
        assertThat(ready.isPublic()).isTrue();
        assertThat(ready.getProgress()).isEqualTo(100);
        assertThat(ready.getWidth()).isEqualTo(640);
        assertThat(ready.getHeight()).isEqualTo(360);
        assertThat(ready.getDurationSeconds()).isEqualTo(5);
        assertThat(ready.getRenditions()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(ready.getMediaPrefix()).startsWith("videos/" + ready.getId() + "/");
        for (String file :
                List.of(Video.MASTER_PLAYLIST, Video.FALLBACK_MP4, Video.POSTER, "v0/index.m3u8", "v1/index.m3u8")) {
            assertThat(blobs.exists(ready.mediaKey(file))).as(file).isTrue();
        }
    }

    @Test
    void theSavedProgressMovesWhileAThirtySecondClipIsTranscoded() {
        Path source =
                samples.generate(temp.resolve("lesson.mp4"), 854, 480, Duration.ofSeconds(30), OptionalInt.of(440));
        blobs.put("uploads/test/lesson.mp4", source, "video/mp4");
        Video submitted = videos.submit(upload("三十秒的科普课", "uploads/test/lesson.mp4"));
        Set<Integer> seen = new ConcurrentSkipListSet<>();

        // what the API and the creator's timeline read
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    Video video = videos.find(submitted.getId()).orElseThrow();
                    seen.add(video.getProgress());
                    return video.getStatus() != VideoStatus.PROCESSING;
                });

        Video ready = videos.find(submitted.getId()).orElseThrow();
        assertThat(ready.getStatus()).isEqualTo(VideoStatus.READY);
        assertThat(seen).filteredOn(percent -> percent > 0 && percent < 100).hasSizeGreaterThanOrEqualTo(3);
        // the storyboard's loose thumbnails are tiled and dropped before the upload
        assertThat(blobs.exists(ready.mediaKey("thumbnails/t0001.jpg"))).isFalse();
        assertThat(blobs.exists(ready.mediaKey("sprite.jpg"))).isTrue();
    }

    @Test
    void aFileThatIsNoVideoIsRejectedWithAReasonInChinese() throws IOException {
        Path text = Files.writeString(temp.resolve("notes.mp4"), "这不是视频，只是一段文字。");
        blobs.put("uploads/test/notes.mp4", text, "video/mp4");

        Video submitted = videos.submit(upload("伪装成视频的文字", "uploads/test/notes.mp4"));

        Video rejected = awaitOutcome(submitted.getId());
        assertThat(rejected.getStatus()).isEqualTo(VideoStatus.REJECTED);
        assertThat(rejected.getReason()).isEqualTo("文件不是可识别的视频");
        assertThat(rejected.isPublic()).isFalse();
        assertThat(rejected.getMediaPrefix()).isNull();
    }

    @Test
    void aContestsNarrowerLimitsAreCheckedAfterProbing() {
        Path source =
                samples.generate(temp.resolve("contest.mp4"), 640, 360, Duration.ofSeconds(8), OptionalInt.of(440));
        blobs.put("uploads/test/contest.mp4", source, "video/mp4");

        Video tooLong = videos.submit(contestUpload("八秒的作品", new VideoLimits(6, 100, 240)));
        Video tooSmall = videos.submit(contestUpload("画面太小的作品", new VideoLimits(60, 100, 720)));

        Video first = awaitOutcome(tooLong.getId());
        Video second = awaitOutcome(tooSmall.getId());
        assertThat(first.getStatus()).isEqualTo(VideoStatus.REJECTED);
        assertThat(first.getReason()).contains("视频时长").contains("上限");
        assertThat(second.getStatus()).isEqualTo(VideoStatus.REJECTED);
        assertThat(second.getReason()).contains("短边至少需要 720 像素");
    }

    @Test
    void aFailureThatIsNotTheFilesFaultIsRetriedThenReportedAsFailed() {
        // the source is missing from the store: storage trouble, not a bad file
        Video submitted = videos.submit(upload("丢失的源文件", "uploads/test/missing.mp4"));

        Video failed = awaitOutcome(submitted.getId());
        assertThat(failed.getStatus()).isEqualTo(VideoStatus.FAILED);
        assertThat(failed.getReason()).contains("视频处理失败");
        assertThat(failed.isPublic()).isFalse();
    }

    private Video awaitOutcome(long id) {
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> videos.find(id).orElseThrow().getStatus() != VideoStatus.PROCESSING);
        return videos.find(id).orElseThrow();
    }

    private static NewVideo contestUpload(String title, VideoLimits limits) {
        return new NewVideo(
                title, "", null, null, List.of(), null, "uploads/test/contest.mp4", VideoRoute.CONTEST_ENTRY, limits);
    }

    private static NewVideo upload(String title, String key) {
        return new NewVideo(title, title + "的简介", null, "ejinhoro", List.of("youth"), null, key, VideoRoute.DIRECT);
    }
}
