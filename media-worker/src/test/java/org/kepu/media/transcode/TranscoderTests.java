package org.kepu.media.transcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TranscoderTests {

    private static final FfmpegBinary FFMPEG = FfmpegBinary.bundled();
    private static final Pattern STREAM_INF =
            Pattern.compile("#EXT-X-STREAM-INF:.*BANDWIDTH=(\\d+).*RESOLUTION=(\\d+)x(\\d+)");

    @TempDir
    static Path samples;

    @TempDir
    Path output;

    private static Path landscape;

    private final MediaProber prober = new MediaProber(FFMPEG);
    private final Transcoder transcoder = transcoder(TranscodeSettings.defaults());

    @BeforeAll
    static void generateLandscape() {
        landscape = new SampleVideos(FFMPEG).generate(samples.resolve("lesson.mp4"), 640, 360, Duration.ofSeconds(6));
    }

    @Test
    void transcodesIntoPlayableLadderFallbackAndPoster() throws IOException {
        List<Integer> progress = Collections.synchronizedList(new ArrayList<>());

        long started = System.nanoTime();
        TranscodeResult result = transcoder.transcode(landscape, output, progress::add);
        System.out.printf("6 s 640x360 transcoded in %d ms%n", (System.nanoTime() - started) / 1_000_000);

        assertThat(result.renditions())
                .extracting(r -> r.width() + "x" + r.height())
                .containsExactly("640x360", "426x240");
        List<String> master = Files.readAllLines(result.masterPlaylist());
        assertThat(master)
                .filteredOn(line -> line.startsWith("#EXT-X-STREAM-INF"))
                .hasSize(2)
                .allSatisfy(line -> assertThat(line).containsPattern(STREAM_INF));
        assertThat(resolutions(master)).containsExactly("640x360", "426x240");
        assertThat(segmentDurations(0)).isEqualTo(segmentDurations(1)).hasSize(2);
        for (int variant = 0; variant < 2; variant++) {
            assertSegmentsDecode(output.resolve("v" + variant));
        }
        assertThat(Files.readAllBytes(result.poster())).startsWith(0xFF, 0xD8, 0xFF);
        MediaProbe fallback = prober.probe(result.mp4Fallback());
        assertThat(fallback.hasAudio()).isTrue();
        assertThat(fallback.width() + "x" + fallback.height()).isEqualTo("426x240");
        assertThat(progress).isSorted().doesNotHaveDuplicates().startsWith(0).endsWith(100);
    }

    // written by each ffmpeg (the bundled one, Debian's), read by both: players of other versions
    @ParameterizedTest
    @MethodSource("org.kepu.media.transcode.TestSources#binaries")
    void playersReadTheMasterPlaylistEveryRenditionAndTheFallbackWithoutErrors(FfmpegBinary ffmpeg) throws IOException {
        TranscodeResult result =
                transcoder(ffmpeg, TranscodeSettings.defaults()).transcode(landscape, output, p -> {});

        for (FfmpegBinary player : TestSources.binaries()) {
            for (Path played : List.of(
                    result.masterPlaylist(),
                    output.resolve("v0/index.m3u8"),
                    output.resolve("v1/index.m3u8"),
                    result.mp4Fallback())) {
                FfmpegRun.Outcome decoded = decode(player, played, l -> {}, "-f", "null", "-");
                assertThat(decoded.exitCode())
                        .as(player.executable() + " decoding " + played)
                        .isZero();
                assertThat(decoded.stderr())
                        .as(player.executable() + " errors decoding " + played)
                        .isEmpty();
            }
        }
        // a browser starts playing the MP4 before it has all of it: the index comes first
        assertThat(topLevelBoxes(result.mp4Fallback())).containsSubsequence("moov", "mdat");
        assertThat(resolutions(Files.readAllLines(result.masterPlaylist()))).containsExactly("640x360", "426x240");
        assertThat(output.resolve(TranscodeCommand.THUMBNAILS)).doesNotExist();
    }

    @Test
    void fallbackIsTheMiddleRenditionsEncodeNotASecondOne() throws IOException {
        TranscodeResult result = transcoder.transcode(landscape, output, percent -> {});

        // the same H.264 stream decodes to the same pictures; a second encode would not
        String fallback = videoMd5(result.mp4Fallback());
        assertThat(fallback).isEqualTo(videoMd5(output.resolve("v1/index.m3u8")));
        assertThat(fallback).isNotEqualTo(videoMd5(output.resolve("v0/index.m3u8")));
    }

    @Test
    void writesAStoryboardOfOneThumbnailPerSecond() throws IOException {
        TranscodeResult result = transcoder.transcode(landscape, output, percent -> {});

        BufferedImage sprite = ImageIO.read(result.storyboardSprite().toFile());
        assertThat(sprite.getWidth() + "x" + sprite.getHeight()).isEqualTo("960x90");
        List<String> vtt = Files.readAllLines(result.storyboardVtt());
        assertThat(vtt).startsWith("WEBVTT", "", "00:00:00.000 --> 00:00:01.000", "sprite.jpg#xywh=0,0,160,90");
        assertThat(vtt).endsWith("00:00:05.000 --> 00:00:06.000", "sprite.jpg#xywh=800,0,160,90");
        // the sixth thumbnail is a picture, not the tile filter's black padding
        assertThat(brightness(sprite, 800, 0, 160, 90)).isGreaterThan(40);
    }

    @Test
    void portraitStaysPortrait() throws IOException {
        Path portrait =
                new SampleVideos(FFMPEG).generate(samples.resolve("portrait.mp4"), 360, 640, Duration.ofSeconds(2));

        TranscodeResult result = transcoder.transcode(portrait, output, percent -> {});

        assertThat(resolutions(Files.readAllLines(result.masterPlaylist()))).containsExactly("360x640", "240x426");
        assertThat(prober.probe(result.mp4Fallback()).isPortrait()).isTrue();
    }

    @Test
    void phoneVideoTurnedByMetadataComesOutUpright() throws IOException {
        Path turned = new SampleVideos(FFMPEG).rotated(landscape, samples.resolve("phone.mp4"), 90);

        TranscodeResult result = transcoder.transcode(turned, output, percent -> {});

        assertThat(resolutions(Files.readAllLines(result.masterPlaylist()))).containsExactly("360x640", "240x426");
        MediaProbe fallback = prober.probe(result.mp4Fallback());
        assertThat(fallback.rotation()).isZero();
        assertThat(fallback.width() + "x" + fallback.height()).isEqualTo("240x426");
    }

    @Test
    void transcodesSilentVideo() throws IOException {
        Path silent = new SampleVideos(FFMPEG)
                .generate(samples.resolve("silent.mp4"), 320, 240, Duration.ofSeconds(2), OptionalInt.empty());

        TranscodeResult result = transcoder.transcode(silent, output, percent -> {});

        assertThat(resolutions(Files.readAllLines(result.masterPlaylist()))).containsExactly("320x240", "160x120");
        assertThat(prober.probe(result.mp4Fallback()).hasAudio()).isFalse();
        assertSegmentsDecode(output.resolve("v1"));
    }

    @Test
    void rejectsAudioOnlyBeforeWritingAnything() throws IOException {
        Path audio =
                new SampleVideos(FFMPEG).generateAudioOnly(samples.resolve("reading.m4a"), Duration.ofSeconds(1), 550);

        assertThatThrownBy(() -> transcoder.transcode(audio, output, percent -> {}))
                .isInstanceOf(MediaRejected.class)
                .hasMessage("视频中没有画面轨道");
        assertThat(output).isEmptyDirectory();
    }

    @Test
    void rejectsTextRenamedToMp4() throws IOException {
        Path text = Files.writeString(samples.resolve("notes.mp4"), "请在这里上传你的科普微视频。");

        assertThatThrownBy(() -> transcoder.transcode(text, output, percent -> {}))
                .isInstanceOf(MediaRejected.class)
                .hasMessage("文件不是可识别的视频");
    }

    @Test
    void refusesPlaylistDisguisedAsVideo() throws IOException {
        Path playlist = Files.writeString(
                samples.resolve("playlist.mp4"),
                "#EXTM3U\n#EXT-X-TARGETDURATION:6\n#EXTINF:6,\n" + landscape + "\n#EXT-X-ENDLIST\n");

        assertThatThrownBy(() -> transcoder.transcode(playlist, output, percent -> {}))
                .isInstanceOf(MediaRejected.class);
        assertThat(output).isEmptyDirectory();
    }

    @Test
    void killsFfmpegThatRunsPastTheTimeoutAndRejectsTheFile() {
        Transcoder impatient = transcoder(new TranscodeSettings(Duration.ofMillis(1), "veryfast", 4));

        // the same file would take as long again: rejected, not retried (issue 12, finding 9)
        assertThatThrownBy(() -> impatient.transcode(landscape, output, percent -> {}))
                .isInstanceOf(MediaRejected.class)
                .hasMessageContaining("的时限");
        assertThat(ProcessHandle.current().children()).noneMatch(TranscoderTests::isFfmpeg);
        assertThat(TestSources.filesIn(output)).isEmpty();
    }

    @Test
    void failureOfProgressListenerReachesTheCaller() {
        IllegalStateException listenerFailure = new IllegalStateException("进度保存失败");

        assertThatThrownBy(() -> transcoder.transcode(landscape, output, percent -> {
                    if (percent > 0) {
                        throw listenerFailure;
                    }
                }))
                .isSameAs(listenerFailure);
        assertThat(TestSources.filesIn(output)).isEmpty();
    }

    @Test
    void stopsWhenInterrupted() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> transcoder.transcode(landscape, output, percent -> {}))
                    .isInstanceOf(TranscodeFailed.class)
                    .hasMessageContaining("interrupted");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
            assertThat(TestSources.filesIn(output)).isEmpty();
        } finally {
            Thread.interrupted();
        }
    }

    private static FfmpegRun.Outcome decode(
            FfmpegBinary player, Path file, Consumer<String> stdout, String... outputArgs) {
        List<String> args = new ArrayList<>(List.of("-v", "error", "-i", file.toString()));
        args.addAll(List.of(outputArgs));
        return new FfmpegRun(player.command(args), Duration.ofSeconds(60), 20).run(stdout);
    }

    private static String videoMd5(Path file) {
        List<String> out = Collections.synchronizedList(new ArrayList<>());
        FfmpegRun.Outcome decoded = decode(FFMPEG, file, out::add, "-map", "0:v:0", "-f", "md5", "-");
        assertThat(decoded.exitCode())
                .as("decoding " + file + ": " + decoded.stderr())
                .isZero();
        assertThat(out).as("md5 of " + file).hasSize(1);
        return out.get(0);
    }

    private static List<String> topLevelBoxes(Path mp4) throws IOException {
        List<String> boxes = new ArrayList<>();
        try (FileChannel file = FileChannel.open(mp4)) {
            ByteBuffer header = ByteBuffer.allocate(16);
            long at = 0;
            while (at + 8 <= file.size()) {
                header.clear();
                file.read(header, at);
                long size = Integer.toUnsignedLong(header.getInt(0));
                boxes.add(new String(header.array(), 4, 4, StandardCharsets.US_ASCII));
                if (size == 1) {
                    size = header.getLong(8);
                }
                if (size < 8) {
                    break;
                }
                at += size;
            }
        }
        return boxes;
    }

    private static double brightness(BufferedImage image, int x, int y, int width, int height) {
        long sum = 0;
        for (int i = x; i < x + width; i++) {
            for (int j = y; j < y + height; j++) {
                int rgb = image.getRGB(i, j);
                sum += ((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF);
            }
        }
        return sum / (3.0 * width * height);
    }

    static boolean isFfmpeg(ProcessHandle process) {
        return process.info()
                .command()
                .map(command -> command.contains("ffmpeg"))
                .orElse(false);
    }

    private static Transcoder transcoder(TranscodeSettings settings) {
        return transcoder(FFMPEG, settings);
    }

    private static Transcoder transcoder(FfmpegBinary ffmpeg, TranscodeSettings settings) {
        return new Transcoder(ffmpeg, new MediaProber(ffmpeg), new LadderPlanner(), settings);
    }

    private static List<String> resolutions(List<String> master) {
        List<String> sizes = new ArrayList<>();
        for (String line : master) {
            Matcher m = STREAM_INF.matcher(line);
            if (m.find()) {
                assertThat(Long.parseLong(m.group(1))).isPositive();
                sizes.add(m.group(2) + "x" + m.group(3));
            }
        }
        return sizes;
    }

    private List<String> segmentDurations(int variant) throws IOException {
        return Files.readAllLines(output.resolve("v" + variant + "/index.m3u8")).stream()
                .filter(line -> line.startsWith("#EXTINF"))
                .toList();
    }

    private static void assertSegmentsDecode(Path variantDir) throws IOException {
        List<Path> segments;
        try (Stream<Path> files = Files.list(variantDir)) {
            segments = files.filter(f -> f.toString().endsWith(".ts")).sorted().toList();
        }
        assertThat(segments).isNotEmpty();
        for (Path segment : segments) {
            List<String> args = List.of("-v", "error", "-i", segment.toString(), "-f", "null", "-");
            FfmpegRun.Outcome decoded = new FfmpegRun(FFMPEG.command(args), Duration.ofSeconds(30), 20).run(l -> {});
            assertThat(decoded.exitCode()).as("decoding " + segment).isZero();
            assertThat(decoded.stderr()).as("errors decoding " + segment).isEmpty();
        }
    }
}
