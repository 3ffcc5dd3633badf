package org.kepu.media.transcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kepu.media.transcode.MediaRejected.Cause;

class MediaRulesCheckTests {

    private final MediaRulesCheck check = new MediaRulesCheck(MediaRules.defaults());

    @TempDir
    Path dir;

    @Test
    void aContestCanOnlyNarrowThePlatformsRules() {
        MediaRules platform = MediaRules.defaults();

        MediaRules contest = platform.narrowedTo(300, 500L * 1024 * 1024, 720);
        MediaRules generous = platform.narrowedTo(7200, 10L * 1024 * 1024 * 1024, 100);

        assertThat(contest.maxDuration()).isEqualTo(Duration.ofMinutes(5));
        assertThat(contest.maxFileBytes()).isEqualTo(500L * 1024 * 1024);
        assertThat(contest.minShortSide()).isEqualTo(720);
        assertThat(generous.maxDuration()).isEqualTo(platform.maxDuration());
        assertThat(generous.maxFileBytes()).isEqualTo(platform.maxFileBytes());
        assertThat(generous.minShortSide()).isEqualTo(platform.minShortSide());
        assertThat(platform.narrowedTo(null, null, null)).isEqualTo(platform);
    }

    @Test
    void phoneVideosPass() {
        assertThatCode(() -> check.checkProbe(probe("hevc", 3840, 2160, 90, 60, Duration.ofMinutes(3))))
                .doesNotThrowAnyException();
        assertThatCode(() -> check.checkProbe(probe("h264", 640, 360, 0, 29.97, Duration.ofSeconds(15))))
                .doesNotThrowAnyException();
    }

    @Test
    void unknownLengthAndRatePassHere() {
        assertThatCode(() -> check.checkProbe(probe("vp8", 1280, 720, 0, 0, Duration.ZERO)))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0} {1}x{2} {3}° {4} fps {5} ms → {6}")
    @CsvSource(delimiter = '|', textBlock = """
            h264   | 1920 | 1080 |  0 |  25 |  600001 | TOO_LONG            | 视频时长 10 分 0.1 秒，超过了 10 分钟的上限，请剪短后重新上传
            h264   | 1920 | 1080 |  0 |  25 |  754300 | TOO_LONG            | 视频时长 12 分 34.3 秒，超过了 10 分钟的上限，请剪短后重新上传
            h264   | 1920 | 1080 |  0 |  25 |     400 | TOO_SHORT           | 视频太短（0.4 秒），至少需要 1 秒
            h264   |  320 |  180 |  0 |  25 |   10000 | RESOLUTION_TOO_LOW  | 画面太小（320×180），短边至少需要 240 像素
            h264   |  180 |  320 | 90 |  25 |   10000 | RESOLUTION_TOO_LOW  | 画面太小（320×180），短边至少需要 240 像素
            h264   | 7680 | 4320 |  0 |  25 |   10000 | RESOLUTION_TOO_HIGH | 画面太大（7680×4320），长边不能超过 4096 像素
            h264   | 4000 | 4000 |  0 |  25 |   10000 | RESOLUTION_TOO_HIGH | 画面太大（4000×4000），总像素不能超过 943.7 万
            ffv1   | 1920 | 1080 |  0 |  25 |   10000 | CODEC_NOT_ALLOWED   | 不支持的视频编码（ffv1），请上传 H.264、H.265、VP9 或 AV1 编码的视频
            h264   | 1920 | 1080 |  0 | 240 |   10000 | FRAME_RATE_TOO_HIGH | 帧率过高（240 帧/秒），不能超过 120 帧/秒，请导出为普通帧率后重新上传
            """)
    void namesTheBrokenRuleInChinese(
            String codec, int width, int height, int rotation, double fps, long millis, Cause cause, String reason) {
        MediaRejected rejected = catchThrowableOfType(
                MediaRejected.class,
                () -> check.checkProbe(probe(codec, width, height, rotation, fps, Duration.ofMillis(millis))));

        assertThat(rejected).isNotNull();
        assertThat(rejected.rejectionCause()).isEqualTo(cause);
        assertThat(rejected.reason()).isEqualTo(reason);
    }

    @Test
    void aRejectionAlsoCarriesItsMessageCodeAndFiguresForOtherLanguages() {
        MediaRejected tooLong = catchThrowableOfType(
                MediaRejected.class,
                () -> check.checkProbe(probe("h264", 1920, 1080, 0, 25, Duration.ofMillis(754_300))));
        MediaRejected tooSmall = catchThrowableOfType(
                MediaRejected.class, () -> check.checkProbe(probe("h264", 320, 180, 0, 25, Duration.ofMillis(10_000))));

        assertThat(tooLong.reasonCode()).isEqualTo("media.rejected.TOO_LONG|754.3|600");
        assertThat(tooSmall.reasonCode()).isEqualTo("media.rejected.RESOLUTION_TOO_LOW|320×180|240");
    }

    @Test
    void audioWithoutPictureIsNoVideo() {
        MediaProbe audio =
                new MediaProbe("mov,mp4,m4a,3gp,3g2,mj2", false, true, null, 0, 0, 0, 0, Duration.ofMinutes(1));

        MediaRejected rejected = catchThrowableOfType(MediaRejected.class, () -> check.checkProbe(audio));

        assertThat(rejected.rejectionCause()).isEqualTo(Cause.NO_VIDEO_TRACK);
        assertThat(rejected.reason()).isEqualTo("视频中没有画面轨道");
    }

    @Test
    void emptyAndOversizedFilesAreRejectedBeforeFfmpeg() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty"));
        Path kilobytes = Files.write(dir.resolve("source"), new byte[3 * 1024]);
        MediaRulesCheck strict = new MediaRulesCheck(MediaRules.defaults().withMaxFileBytes(2 * 1024));

        assertThat(catchThrowableOfType(MediaRejected.class, () -> check.checkFile(empty))
                        .reason())
                .isEqualTo("文件是空的（0 字节），请重新上传");
        assertThat(catchThrowableOfType(MediaRejected.class, () -> strict.checkFile(kilobytes))
                        .reason())
                .isEqualTo("文件大小为 3 KB，超过了 2 KB 的上限，请压缩或剪短后重新上传");
        assertThatCode(() -> check.checkFile(kilobytes)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @CsvSource({
        "0, 0 字节",
        "1023, 1023 字节",
        "1536, 1.5 KB",
        "2147483648, 2 GB",
        "2684354560, 2.5 GB",
        "314572800, 300 MB"
    })
    void sizesReadLikeAFileManager(long bytes, String text) {
        assertThat(MediaRulesCheck.bytes(bytes)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource({
        "PT10M, 10 分钟",
        "PT12M5S, 12 分 5 秒",
        "PT1H2M3.5S, 1 小时 2 分 3.5 秒",
        "PT1H, 1 小时",
        "PT0.5S, 0.5 秒",
        "PT2S, 2 秒"
    })
    void lengthsReadInChinese(Duration length, String text) {
        assertThat(MediaRulesCheck.duration(length)).isEqualTo(text);
    }

    @Test
    void defaultsSuitAContest() {
        MediaRules rules = MediaRules.defaults();

        assertThat(rules.maxFileBytes()).isEqualTo(2L << 30);
        assertThat(rules.maxDuration()).isEqualTo(Duration.ofMinutes(10));
        assertThat(rules.minShortSide()).isEqualTo(240);
        assertThat(rules.maxLongSide()).isEqualTo(4096);
        assertThat(rules.videoCodecs()).contains("h264", "hevc", "vp9", "av1").doesNotContain("ffv1", "rawvideo");
    }

    @Test
    void inconsistentRulesAreRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> MediaRules.defaults().withMaxDuration(Duration.ofMillis(500)));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> MediaRules.defaults().withMaxFileBytes(0));
        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        new MediaRules(1, Duration.ZERO, Duration.ofMinutes(1), 240, 4096, 1L << 24, 60, Set.of()));
    }

    private static MediaProbe probe(String codec, int width, int height, int rotation, double fps, Duration length) {
        return new MediaProbe("mov,mp4,m4a,3gp,3g2,mj2", true, true, codec, width, height, rotation, fps, length);
    }
}
