package org.kepu.media.transcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProbeParserTests {

    @Test
    void readsPhoneVideoWithDisplayMatrixOnly() {
        MediaProbe probe = ProbeParser.parse(List.of(
                "Input #0, matroska,webm, from '/tmp/手机拍摄.mkv':",
                "  Duration: 00:01:02.50, start: 0.000000, bitrate: 4000 kb/s",
                "  Stream #0:0(eng): Video: hevc (Main), yuv420p(tv, bt709), 1920x1080 [SAR 1:1 DAR 16:9], 29.97 fps,"
                        + " 29.97 tbr, 1k tbn, 29.97 tbc (default)",
                "    Side data:",
                "      displaymatrix: rotation of -90.00 degrees",
                "  Stream #0:1(eng): Audio: opus, 48000 Hz, stereo, fltp (default)",
                "At least one output file must be specified"));

        assertThat(probe)
                .isEqualTo(new MediaProbe(
                        "matroska,webm", true, true, "hevc", 1920, 1080, 90, 29.97, Duration.ofMillis(62_500)));
        assertThat(probe.isPortrait()).isTrue();
    }

    @Test
    void prefersTheRotateTagAndIgnoresLaterStreams() {
        MediaProbe probe = ProbeParser.parse(List.of(
                "Input #0, mov,mp4,m4a,3gp,3g2,mj2, from 'a.mp4':",
                "  Duration: N/A, start: 0.000000, bitrate: N/A",
                "  Stream #0:0(und): Video: h264 (High) (avc1 / 0x31637661), yuv420p, 640x360, 662 kb/s, 25 tbr,"
                        + " 12800 tbn (default)",
                "    Metadata:",
                "      rotate          : 270",
                "    Side data:",
                "      displaymatrix: rotation of 90.00 degrees",
                "  Stream #0:1(und): Video: mjpeg, yuvj420p, 100x100",
                "    Metadata:",
                "      rotate          : 180"));

        assertThat(probe.rotation()).isEqualTo(270);
        assertThat(probe.frameRate()).isEqualTo(25);
        assertThat(probe.hasAudio()).isFalse();
        assertThat(probe.duration()).isEqualTo(Duration.ZERO);
    }

    @Test
    void coverArtIsNoPicture() {
        MediaProbe probe = ProbeParser.parse(List.of(
                "Input #0, mov,mp4,m4a,3gp,3g2,mj2, from '科普讲座.m4a':",
                "  Duration: 00:03:00.00, start: 0.000000, bitrate: 128 kb/s",
                "  Stream #0:0(und): Audio: aac (LC), 44100 Hz, stereo, fltp, 125 kb/s (default)",
                "  Stream #0:1: Video: mjpeg (Baseline), yuvj420p(pc), 600x600, 90k tbr (attached pic)"));

        assertThat(probe.hasVideo()).isFalse();
        assertThat(probe.hasAudio()).isTrue();
        assertThat(probe.duration()).isEqualTo(Duration.ofMinutes(3));
    }

    @Test
    void browserRecordingWithoutDeclaredRateHasAnUnknownRate() {
        MediaProbe probe = ProbeParser.parse(List.of(
                "Input #0, matroska,webm, from 'source':",
                "  Duration: N/A, start: 0.000000, bitrate: N/A",
                "  Stream #0:0(eng): Video: vp8, yuv420p(progressive), 1280x720, SAR 1:1 DAR 16:9, 1k tbr, 1k tbn,"
                        + " 1k tbc (default)",
                "  Stream #0:1(eng): Audio: opus, 48000 Hz, mono, fltp (default)"));

        assertThat(probe.frameRate()).isZero();
        assertThat(probe.duration()).isZero();
    }

    @Test
    void averageRateOfVariableFrameRateWins() {
        MediaProbe probe = ProbeParser.parse(List.of(
                "Input #0, mov,mp4,m4a,3gp,3g2,mj2, from 'source':",
                "  Duration: 00:00:02.93, start: 0.000000, bitrate: 570 kb/s",
                "  Stream #0:0(und): Video: h264 (High) (avc1 / 0x31637661), yuv420p, 640x360 [SAR 1:1 DAR 16:9],"
                        + " 593 kb/s, 21.43 fps, 30 tbr, 15360 tbn, 60 tbc (default)"));

        assertThat(probe.frameRate()).isEqualTo(21.43);
    }

    @Test
    void refusedFormatIsNamedAsSuch() {
        assertThatThrownBy(() -> ProbeParser.parse(List.of(
                        "[hls @ 0xd8c0d00] Format not on whitelist 'mov,mp4,m4a,3gp,3g2,mj2,matroska,webm,avi,flv'",
                        "upload.mp4: Invalid argument")))
                .isInstanceOf(MediaRejected.class)
                .hasMessage(MediaRejected.FORMAT_NOT_ALLOWED);
    }
}
