package org.kepu.media.transcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrameGrabberTests {

    private static final FfmpegBinary FFMPEG = FfmpegBinary.bundled();

    @TempDir
    static Path samples;

    static Path video;

    @TempDir
    Path out;

    private final FrameGrabber grabber = new FrameGrabber(FFMPEG);

    @BeforeAll
    static void sample() {
        video = new SampleVideos(FFMPEG).generate(samples.resolve("lesson.mp4"), 640, 360, Duration.ofSeconds(4));
    }

    @Test
    void takesTheFrameAtTheChosenMomentInTheVideosOwnSize() throws IOException {
        Path early = grabber.grab(video, Duration.ofMillis(500), out.resolve("early.jpg"));
        Path late = grabber.grab(video, Duration.ofMillis(3500), out.resolve("late.jpg"));

        BufferedImage picture = ImageIO.read(late.toFile());
        assertThat(picture.getWidth()).isEqualTo(640);
        assertThat(picture.getHeight()).isEqualTo(360);
        // the test pattern moves: two moments give two pictures
        assertThat(Files.readAllBytes(early)).isNotEqualTo(Files.readAllBytes(late));
    }

    @Test
    void aMomentPastTheEndGivesTheLastFrame() throws IOException {
        Path last = grabber.grab(video, Duration.ofSeconds(30), out.resolve("last.jpg"));

        BufferedImage picture = ImageIO.read(last.toFile());
        assertThat(picture.getWidth()).isEqualTo(640);
        assertThat(picture.getHeight()).isEqualTo(360);
    }

    @Test
    void aFileThatIsNoVideoFailsWithFfmpegsReason() throws IOException {
        Path text = Files.writeString(out.resolve("notes.mp4"), "这不是视频");

        assertThatThrownBy(() -> grabber.grab(text, Duration.ofSeconds(1), out.resolve("poster.jpg")))
                .isInstanceOf(TranscodeFailed.class);
        assertThat(out.resolve("poster.jpg")).doesNotExist();
    }
}
