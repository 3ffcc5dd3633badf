package org.kepu.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kepu.content.blob.BlobStore;
import org.kepu.content.video.NewVideo;
import org.kepu.content.video.Video;
import org.kepu.content.video.VideoRoute;
import org.kepu.content.video.VideoStatus;
import org.kepu.content.video.Videos;
import org.kepu.media.transcode.SampleVideos;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Finding 9: a transcode that ran into {@code kepu.media.timeout} was retried twice more, each
 * time holding a transcode thread for the whole timeout. The same file takes as long again, so it
 * is the file's fault: rejected with a reason at the first timeout.
 */
@SpringBootTest(
        classes = MediaWorkerApplication.class,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:worker-timeout;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "kepu.jobs.polling-interval=200ms",
            "kepu.media.retry-delay=100ms",
            "kepu.media.max-attempts=3",
            "kepu.media.timeout=1s"
        })
class TranscodeTimeoutIntegrationTests {

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

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("kepu.data-dir", () -> data.toString());
    }

    @Test
    void aTranscodeThatRunsPastTheTimeoutIsRejectedWithAReasonAndNotRetried() {
        Path source =
                samples.generate(temp.resolve("heavy.mp4"), 1280, 720, Duration.ofSeconds(20), OptionalInt.of(440));
        blobs.put("uploads/test/heavy.mp4", source, "video/mp4");

        Video submitted = videos.submit(
                new NewVideo("转码超时的视频", "", null, null, List.of(), null, "uploads/test/heavy.mp4", VideoRoute.DIRECT));

        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> videos.find(submitted.getId()).orElseThrow().getStatus() != VideoStatus.PROCESSING);
        Video outcome = videos.find(submitted.getId()).orElseThrow();
        assertThat(outcome.getStatus()).isEqualTo(VideoStatus.REJECTED);
        assertThat(outcome.getReason()).isEqualTo("视频处理超过了 1 秒的时限，文件可能已损坏或编码过于复杂，请重新导出后上传");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_instance = ?")
                                .param("video-" + submitted.getId())
                                .query(Long.class)
                                .single())
                        .as("the job is done, not waiting for a retry")
                        .isZero());
    }
}
