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
        assertThatThrownBy(() -> ProbeParser.parse(List.of(
                        "Input #0, mov,mp4,m4a,3gp,3g2,mj2, from '科普讲座.m4a':",
                        "  Duration: 00:03:00.00, start: 0.000000, bitrate: 128 kb/s",
                        "  Stream #0:0(und): Audio: aac (LC), 44100 Hz, stereo, fltp, 125 kb/s (default)",
                        "  Stream #0:1: Video: mjpeg (Baseline), yuvj420p(pc), 600x600, 90k tbr (attached pic)")))
                .isInstanceOf(MediaRejected.class)
                .hasMessage(MediaRejected.NO_VIDEO_TRACK);
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
