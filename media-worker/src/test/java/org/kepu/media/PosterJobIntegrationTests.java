package org.kepu.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kepu.content.RuleBroken;
import org.kepu.content.blob.BlobStore;
import org.kepu.content.video.NewVideo;
import org.kepu.content.video.Video;
import org.kepu.content.video.VideoEditorial;
import org.kepu.content.video.VideoRoute;
import org.kepu.content.video.VideoStatus;
import org.kepu.content.video.Videos;
import org.kepu.media.transcode.SampleVideos;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** An editor picks a frame of the storyboard; a worker makes it the poster through the queue. */
@SpringBootTest(
        classes = MediaWorkerApplication.class,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:poster;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "kepu.jobs.polling-interval=200ms",
            "kepu.media.retry-delay=100ms"
        })
class PosterJobIntegrationTests {

    @TempDir
    static Path data;

    @TempDir
    Path temp;

    @Autowired
    Videos videos;

    @Autowired
    VideoEditorial editorial;

    @Autowired
    BlobStore blobs;

    @Autowired
    SampleVideos samples;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("kepu.data-dir", () -> data.toString());
    }

    @Test
    void theFrameAnEditorPickedBecomesThePosterInTheVideosSize() throws IOException {
        Video ready = transcoded("沙尘暴来临时");
        byte[] transcodersPoster = poster(ready);

        editorial.posterFromFrame(ready.getId(), Duration.ofSeconds(4), "编辑甲");

        await().atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> !Arrays.equals(poster(ready), transcodersPoster));
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(poster(ready)));
        assertThat(picture.getWidth()).isEqualTo(640);
        assertThat(picture.getHeight()).isEqualTo(360);
        Video after = videos.find(ready.getId()).orElseThrow();
        assertThat(after.getPosterKey()).isNull();
        assertThat(after.getMediaPrefix()).isEqualTo(ready.getMediaPrefix());
    }

    @Test
    void aMomentOutsideTheVideoIsRefusedWithAReason() {
        Video ready = transcoded("风从哪里来");

        assertThatThrownBy(() -> editorial.posterFromFrame(ready.getId(), Duration.ofSeconds(7), "编辑甲"))
                .isInstanceOfSatisfying(
                        RuleBroken.class, e -> assertThat(e.code()).isEqualTo("video.editorial.poster-time"));
    }

    private Video transcoded(String title) {
        Path source =
                samples.generate(temp.resolve("sample.mp4"), 640, 360, Duration.ofSeconds(5), OptionalInt.empty());
        String key = "uploads/test/" + UUID.randomUUID() + ".mp4";
        blobs.put(key, source, "video/mp4");
        Video submitted = videos.submit(
                new NewVideo(title, title + "的简介", null, "ejinhoro", List.of("youth"), null, key, VideoRoute.DIRECT));
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> videos.find(submitted.getId()).orElseThrow().getStatus() != VideoStatus.PROCESSING);
        Video ready = videos.find(submitted.getId()).orElseThrow();
        assertThat(ready.getStatus()).isEqualTo(VideoStatus.READY);
        return ready;
    }

    private byte[] poster(Video video) {
        try (InputStream in = blobs.open(video.mediaKey(Video.POSTER))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
