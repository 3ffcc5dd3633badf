package org.kepu.media.transcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kepu.media.transcode.MediaRejected.Cause;

/**
 * Every kind of file a contest receives, good and bad, through the real transcoder: each either
 * comes out at the right orientation or is rejected with its reason. The answers are collected
 * into {@code target/media-answers.md}.
 */
class ContestUploadsTests {

    private static final Pattern RESOLUTION = Pattern.compile("#EXT-X-STREAM-INF:.*RESOLUTION=(\\d+x\\d+)");
    private static final Map<String, String> ANSWERS = new ConcurrentSkipListMap<>();

    @TempDir
    static Path samples;

    @TempDir
    Path output;

    private final TestSources sources = new TestSources(samples);
    private final MediaProber prober = new MediaProber(TestSources.FFMPEG);

    @Test
    void landscape1080pGetsTheFullLadder() throws IOException {
        Path source = sources.video("landscape-1080p.mp4", 1920, 1080, Duration.ofSeconds(2));

        TranscodeResult result = transcode(source, MediaRules.defaults());

        assertTranscoded("1920×1080 横屏，2 秒", result, "1920x1080 1280x720 854x480 640x360", "854x480");
    }

    @Test
    void portrait1080x1920StaysPortrait() throws IOException {
        Path source = sources.video("portrait-1080x1920.mp4", 1080, 1920, Duration.ofSeconds(2));

        TranscodeResult result = transcode(source, MediaRules.defaults());

        assertTranscoded("1080×1920 竖屏，2 秒", result, "1080x1920 720x1280 480x854 360x640", "480x854");
    }

    @Test
    void phoneVideoTurnedByMetadataComesOutUpright() throws IOException {
        Path landscape = sources.video("upright.mp4", 640, 360, Duration.ofSeconds(2));
        Path turned = sources.rotated(landscape, "rotate-90.mp4", 90);

        TranscodeResult result = transcode(turned, MediaRules.defaults());

        assertTranscoded("640×360 带 rotate=90 元数据（手机竖拍）", result, "360x640 240x426", "240x426");
    }

    @Test
    void variableFrameRateKeepsItsLength() throws IOException {
        Path source = sources.variableFrameRate("vfr.mp4", 640, 360);

        TranscodeResult result = transcode(source, MediaRules.defaults());

        assertTranscoded("640×360 可变帧率（30→10 帧/秒），3 秒", result, "640x360 426x240", "426x240");
        assertThat(prober.probe(result.mp4Fallback()).duration())
                .isBetween(Duration.ofMillis(2500), Duration.ofMillis(3500));
    }

    @Test
    void videoWithoutSoundIsTranscodedSilent() throws IOException {
        Path source = sources.silentVideo("silent.mp4", 480, 270, Duration.ofSeconds(2));

        TranscodeResult result = transcode(source, MediaRules.defaults());

        assertTranscoded("480×270 无音轨", result, "480x270 426x240", "426x240");
        assertThat(prober.probe(result.mp4Fallback()).hasAudio()).isFalse();
    }

    @Test
    void hevc10BitBecomes8BitH264() throws IOException {
        Path source = sources.hevc10Bit("hevc-main10.mp4", 640, 360, Duration.ofSeconds(2));

        TranscodeResult result = transcode(source, MediaRules.defaults());

        assertTranscoded("640×360 HEVC Main 10（10 位）", result, "640x360 426x240", "426x240");
        assertThat(prober.probe(result.mp4Fallback()).videoCodec()).isEqualTo("h264");
    }

    @Test
    void audioOnlyIsRejected() {
        Path source = sources.audioOnly("audio-only.m4a", Duration.ofSeconds(2));

        assertRejected("只有声音的 M4A", source, MediaRules.defaults(), Cause.NO_VIDEO_TRACK, "视频中没有画面轨道");
    }

    @Test
    void cutOffMp4WithIndexInFrontIsRejected() {
        Path whole = sources.video("whole.mp4", 640, 360, Duration.ofSeconds(3));
        Path cut = sources.truncated(whole, "truncated-faststart.mp4", 0.5);

        assertRejected(
                "截掉后一半的 MP4（索引在前）", cut, MediaRules.defaults(), Cause.INCOMPLETE_FILE, MediaRejected.INCOMPLETE_FILE);
    }

    @Test
    void cutOffMp4WithIndexAtTheEndIsRejected() {
        Path whole = sources.indexAtEnd("index-at-end.mp4", 640, 360, Duration.ofSeconds(2));
        Path cut = sources.truncated(whole, "truncated-index-at-end.mp4", 0.5);

        assertRejected(
                "截掉后一半的 MP4（索引在后，手机的写法）",
                cut,
                MediaRules.defaults(),
                Cause.INCOMPLETE_FILE,
                MediaRejected.INCOMPLETE_FILE);
    }

    @Test
    void randomBytesNamedMp4AreRejected() {
        Path source = sources.randomBytes("random.mp4", 200_000);

        assertRejected("200 KB 随机字节，名为 .mp4", source, MediaRules.defaults(), Cause.NOT_A_VIDEO, "文件不是可识别的视频");
    }

    @Test
    void zeroByteFileIsRejected() {
        Path source = sources.write("empty.mp4", new byte[0]);

        assertRejected("0 字节的 .mp4", source, MediaRules.defaults(), Cause.EMPTY_FILE, "文件是空的（0 字节），请重新上传");
    }

    @Test
    void hlsPlaylistNamedMp4IsRejected() {
        Path secret = sources.video("secret.mp4", 320, 240, Duration.ofSeconds(1));
        Path playlist = sources.text(
                "playlist.mp4", "#EXTM3U\n#EXT-X-TARGETDURATION:1\n#EXTINF:1,\n" + secret + "\n#EXT-X-ENDLIST\n");

        assertRejected(
                "HLS 播放列表，名为 .mp4，指向本机文件",
                playlist,
                MediaRules.defaults(),
                Cause.FORMAT_NOT_ALLOWED,
                MediaRejected.FORMAT_NOT_ALLOWED);
    }

    @Test
    void concatListIsRejected() {
        Path secret = sources.video("secret-part.mp4", 320, 240, Duration.ofSeconds(1));
        Path list = sources.text("concat.mp4", "ffconcat version 1.0\nfile '" + secret + "'\n");

        assertRejected(
                "ffconcat 列表，名为 .mp4，指向本机文件",
                list,
                MediaRules.defaults(),
                Cause.FORMAT_NOT_ALLOWED,
                MediaRejected.FORMAT_NOT_ALLOWED);
    }

    @Test
    void bareConcatListIsRejected() {
        Path list = sources.text("concat-bare.mp4", "file '/etc/passwd'\nfile 'secret.mp4'\n");

        assertRejected("无文件头的 concat 列表，名为 .mp4", list, MediaRules.defaults(), Cause.NOT_A_VIDEO, "文件不是可识别的视频");
    }

    @Test
    void overLongVideoIsRejected() {
        Path source = sources.video("three-seconds.mp4", 320, 240, Duration.ofSeconds(3));

        assertRejected(
                "3 秒视频，上限设为 2 秒",
                source,
                MediaRules.defaults().withMaxDuration(Duration.ofSeconds(2)),
                Cause.TOO_LONG,
                "视频时长 3 秒，超过了 2 秒的上限，请剪短后重新上传");
    }

    @Test
    void overLongVideoWithoutDeclaredLengthIsStoppedWhileTranscoding() {
        Path source = sources.withoutDeclaredLength("live.mkv", 320, 240, Duration.ofSeconds(8));
        assertThat(prober.probe(source).duration()).isZero();

        assertRejected(
                "8 秒直播式 MKV（容器不写时长），上限设为 2 秒",
                source,
                MediaRules.defaults().withMaxDuration(Duration.ofSeconds(2)),
                Cause.TOO_LONG,
                "视频时长超过了 2 秒的上限，请剪短后重新上传");
    }

    @Test
    void tinyPictureIsRejected() {
        Path source = sources.video("tiny.mp4", 320, 180, Duration.ofSeconds(1));

        assertRejected(
                "320×180", source, MediaRules.defaults(), Cause.RESOLUTION_TOO_LOW, "画面太小（320×180），短边至少需要 240 像素");
    }

    @Test
    void codecOutsideTheListIsRejected() {
        Path source = sources.ffv1("ffv1.mkv", 320, 240, Duration.ofSeconds(1));

        assertRejected(
                "FFV1 无损编码的 MKV",
                source,
                MediaRules.defaults(),
                Cause.CODEC_NOT_ALLOWED,
                "不支持的视频编码（ffv1），请上传 H.264、H.265、VP9 或 AV1 编码的视频");
    }

    @Test
    void slowMotionFrameRateIsRejected() {
        Path source = sources.frameRate("240fps.mp4", 320, 240, 240, Duration.ofMillis(1200));

        assertRejected(
                "240 帧/秒（慢动作原片）",
                source,
                MediaRules.defaults(),
                Cause.FRAME_RATE_TOO_HIGH,
                "帧率过高（240 帧/秒），不能超过 120 帧/秒，请导出为普通帧率后重新上传");
    }

    @Test
    void fileOverTheSizeLimitIsRejected() throws IOException {
        Path source = sources.video("big.mp4", 320, 240, Duration.ofSeconds(1));
        long limit = Files.size(source) / 2;

        MediaRejected rejection = rejection(source, MediaRules.defaults().withMaxFileBytes(limit));

        assertThat(rejection.rejectionCause()).isEqualTo(Cause.FILE_TOO_LARGE);
        assertThat(rejection.reason()).startsWith("文件大小为 ").contains("超过了");
        record("大小超过上限的文件（上限设为文件大小的一半）", rejection);
    }

    private TranscodeResult transcode(Path source, MediaRules rules) {
        Transcoder transcoder =
                new Transcoder(TestSources.FFMPEG, prober, new LadderPlanner(), TranscodeSettings.defaults(), rules);
        return transcoder.transcode(source, output, percent -> {});
    }

    private void assertTranscoded(String file, TranscodeResult result, String ladder, String fallback)
            throws IOException {
        List<String> sizes = resolutions(result.masterPlaylist());
        assertThat(String.join(" ", sizes)).isEqualTo(ladder);
        MediaProbe mp4 = prober.probe(result.mp4Fallback());
        assertThat(mp4.width() + "x" + mp4.height()).isEqualTo(fallback);
        assertThat(mp4.rotation()).isZero();
        assertThat(Files.readAllBytes(result.poster())).startsWith(0xFF, 0xD8, 0xFF);
        assertStoryboard(result, isPortrait(sizes.get(0)));
        ANSWERS.put(
                file,
                "转码：" + String.join("、", sizes).replace('x', '×') + "，MP4 " + fallback.replace('x', '×') + "，封面，预览图");
    }

    // every cue points at a thumbnail inside the sprite, shaped like the video
    private static void assertStoryboard(TranscodeResult result, boolean portrait) throws IOException {
        BufferedImage sprite = ImageIO.read(result.storyboardSprite().toFile());
        List<String> cues = Files.readAllLines(result.storyboardVtt()).stream()
                .filter(line -> line.startsWith("sprite.jpg#xywh="))
                .toList();
        assertThat(Files.readString(result.storyboardVtt())).startsWith("WEBVTT\n\n00:00:00.000 --> 00:00:01.000\n");
        assertThat(cues).isNotEmpty().allSatisfy(cue -> {
            String[] xywh = cue.substring("sprite.jpg#xywh=".length()).split(",");
            int x = Integer.parseInt(xywh[0]);
            int y = Integer.parseInt(xywh[1]);
            int w = Integer.parseInt(xywh[2]);
            int h = Integer.parseInt(xywh[3]);
            assertThat(Math.max(w, h)).isEqualTo(160);
            assertThat(h > w).isEqualTo(portrait);
            assertThat(x + w).isLessThanOrEqualTo(sprite.getWidth());
            assertThat(y + h).isLessThanOrEqualTo(sprite.getHeight());
        });
    }

    private static boolean isPortrait(String size) {
        String[] wh = size.split("x");
        return Integer.parseInt(wh[1]) > Integer.parseInt(wh[0]);
    }

    private void assertRejected(String file, Path source, MediaRules rules, Cause cause, String reason) {
        MediaRejected rejection = rejection(source, rules);
        assertThat(rejection.rejectionCause()).isEqualTo(cause);
        assertThat(rejection.reason()).isEqualTo(reason);
        record(file, rejection);
    }

    private MediaRejected rejection(Path source, MediaRules rules) {
        MediaRejected error = catchThrowableOfType(MediaRejected.class, () -> transcode(source, rules));
        assertThat(error).as("rejection of " + source.getFileName()).isNotNull();
        assertThat(TestSources.filesIn(output)).as("files left behind").isEmpty();
        return error;
    }

    private static void record(String file, MediaRejected error) {
        ANSWERS.put(file, "拒绝（" + error.rejectionCause() + "）：" + error.reason());
    }

    private static List<String> resolutions(Path master) throws IOException {
        List<String> sizes = new ArrayList<>();
        for (String line : Files.readAllLines(master)) {
            Matcher m = RESOLUTION.matcher(line);
            if (m.find()) {
                sizes.add(m.group(1));
            }
        }
        return sizes;
    }

    @AfterAll
    static void writeAnswers() throws IOException {
        StringBuilder table = new StringBuilder("| file | system answer |\n| --- | --- |\n");
        ANSWERS.forEach((file, answer) ->
                table.append("| ").append(file).append(" | ").append(answer).append(" |\n"));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "media-answers.md"), table);
    }
}
