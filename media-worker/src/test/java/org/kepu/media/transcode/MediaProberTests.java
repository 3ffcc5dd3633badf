package org.kepu.media.transcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/** Probing with every binary production may use: their reports differ a little (4.4 and 5.1). */
@ParameterizedClass(name = "{0}")
@MethodSource("org.kepu.media.transcode.TestSources#binaries")
class MediaProberTests {

    private static final FfmpegBinary FFMPEG = FfmpegBinary.bundled();

    @Parameter
    FfmpegBinary ffmpeg;

    @TempDir
    static Path samples;

    private static Path landscape;

    private MediaProber prober;

    @BeforeEach
    void proberOfTheBinaryUnderTest() {
        prober = new MediaProber(ffmpeg);
    }

    @BeforeAll
    static void generateLandscape() {
        landscape =
                new SampleVideos(FFMPEG).generate(samples.resolve("landscape.mp4"), 640, 360, Duration.ofSeconds(2));
    }

    @Test
    void probesLandscapeVideo() {
        MediaProbe probe = prober.probe(landscape);

        assertThat(probe.container()).contains("mp4");
        assertThat(probe.hasVideo()).isTrue();
        assertThat(probe.hasAudio()).isTrue();
        assertThat(probe.videoCodec()).isEqualTo("h264");
        assertThat(probe.width()).isEqualTo(640);
        assertThat(probe.height()).isEqualTo(360);
        assertThat(probe.rotation()).isZero();
        assertThat(probe.frameRate()).isEqualTo(25);
        assertThat(probe.duration()).isBetween(Duration.ofMillis(1900), Duration.ofMillis(2100));
        assertThat(probe.isPortrait()).isFalse();
    }

    @Test
    void probesPortraitVideo() {
        Path portrait =
                new SampleVideos(FFMPEG).generate(samples.resolve("portrait.mp4"), 360, 640, Duration.ofSeconds(1));

        MediaProbe probe = prober.probe(portrait);

        assertThat(probe.width()).isEqualTo(360);
        assertThat(probe.height()).isEqualTo(640);
        assertThat(probe.isPortrait()).isTrue();
    }

    @Test
    void probesRotationOfPhoneVideo() {
        Path turned = new SampleVideos(FFMPEG).rotated(landscape, samples.resolve("rotated.mp4"), 90);

        MediaProbe probe = prober.probe(turned);

        // ffmpeg 4.4 reads back a rotate=90 tag it wrote as 270; either way the picture stands upright
        assertThat(probe.rotation()).isIn(90, 270);
        assertThat(probe.displayWidth()).isEqualTo(360);
        assertThat(probe.displayHeight()).isEqualTo(640);
    }

    @Test
    void silentVideoHasNoAudio() {
        Path silent = new SampleVideos(FFMPEG)
                .generate(samples.resolve("silent.mp4"), 320, 240, Duration.ofSeconds(1), OptionalInt.empty());

        assertThat(prober.probe(silent).hasAudio()).isFalse();
    }

    @Test
    void rejectsTextRenamedToMp4() throws IOException {
        Path text = Files.writeString(samples.resolve("essay.mp4"), "这不是视频，是一篇作文。");

        assertThatThrownBy(() -> prober.probe(text))
                .isInstanceOf(MediaRejected.class)
                .hasMessage("文件不是可识别的视频");
    }

    @Test
    void audioOnlyHasNoVideo() {
        Path audio = new SampleVideos(FFMPEG)
                .generateAudioOnly(samples.resolve("recording.m4a"), Duration.ofSeconds(1), 330);

        MediaProbe probe = prober.probe(audio);

        assertThat(probe.hasVideo()).isFalse();
        assertThat(probe.hasAudio()).isTrue();
        assertThat(probe.duration()).isPositive();
    }

    @Test
    void refusesNamesAnUploaderCouldHaveChosen() throws IOException {
        for (String name : List.of("科普作品.mp4", "-i.mp4", ".hidden", "a b.mp4", "x%d.mp4", "concat:a.mp4")) {
            Path file = Files.copy(landscape, samples.resolve(name), StandardCopyOption.REPLACE_EXISTING);

            assertThatThrownBy(() -> prober.probe(file))
                    .as(name)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("fixed plain name");
        }
    }

    @Test
    void refusesPlaylistDisguisedAsVideo() throws IOException {
        // without the format whitelist ffmpeg would open the referenced video and report its picture
        Path playlist = Files.writeString(samples.resolve("disguised.mp4"), """
                #EXTM3U
                #EXT-X-TARGETDURATION:2
                #EXTINF:2,
                %s
                #EXT-X-ENDLIST
                """.formatted(landscape.getFileName()));

        assertThatThrownBy(() -> prober.probe(playlist))
                .isInstanceOf(MediaRejected.class)
                .hasMessage(MediaRejected.FORMAT_NOT_ALLOWED);
    }
}
