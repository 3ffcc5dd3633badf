package org.kepu.media.transcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.kepu.media.transcode.MediaRejected.Cause;

/**
 * What an uploader could try against the worker: files that point elsewhere, floods of output.
 * Run with every binary production may use (the bundled one and the distribution's), sandboxed.
 */
@ParameterizedClass(name = "{0}")
@MethodSource("org.kepu.media.transcode.TestSources#binaries")
class TranscodeHardeningTests {

    @Parameter
    FfmpegBinary ffmpeg;
    // what an uploader would like to read from the worker's disk
    private static final String SECRET = "评委名单与身份证号：110101200801011234";

    @TempDir
    static Path disk;

    @TempDir
    Path output;

    private static Path secretVideo;
    private static Path secretText;

    @BeforeAll
    static void placeSecretsOnTheWorkersDisk() throws IOException {
        TestSources sources = new TestSources(disk);
        secretVideo = sources.video("secret.mp4", 320, 240, Duration.ofSeconds(2));
        secretText = Files.writeString(disk.resolve("secret.txt"), SECRET);
    }

    /** Without the whitelists ffmpeg does follow these files: the attacks are real. */
    @Test
    void withoutWhitelistsFfmpegWouldReadTheReferencedFiles() throws IOException {
        for (Path attack : List.of(hlsPlaylist(), concatList())) {
            List<String> args = List.of("-i", attack.toString());
            FfmpegRun.Outcome outcome = new FfmpegRun(ffmpeg.command(args), Duration.ofSeconds(30), 200).run(l -> {});

            assertThat(outcome.stderr()).as(attack.getFileName().toString()).anyMatch(line -> line.contains("320x240"));
        }
    }

    @Test
    void transcoderRejectsPlaylistAndConcatListAndWritesNothing() throws IOException {
        for (Path attack : List.of(hlsPlaylist(), concatList())) {
            MediaRejected rejected = catchThrowableOfType(
                    MediaRejected.class,
                    () -> transcoder(TranscodeSettings.defaults()).transcode(attack, output, percent -> {}));

            assertThat(rejected.rejectionCause()).isEqualTo(Cause.FORMAT_NOT_ALLOWED);
            assertThat(TestSources.filesIn(output)).isEmpty();
        }
    }

    /** Should a file ever get past the probe, the transcode run has the same whitelists. */
    @Test
    void transcodeRunItselfRefusesToFollowThem() throws IOException {
        MediaProbe pretended =
                new MediaProbe("mov,mp4,m4a,3gp,3g2,mj2", true, false, "h264", 320, 240, 0, 25, Duration.ofSeconds(2));
        List<Rendition> ladder = new LadderPlanner().plan(pretended);
        for (Path attack : List.of(hlsPlaylist(), concatList(), textConcatList())) {
            TranscodeCommand command = new TranscodeCommand(
                    TranscodeSettings.defaults(),
                    pretended,
                    ladder,
                    Storyboard.plan(pretended, Duration.ofMinutes(10)),
                    output);

            FfmpegRun.Outcome outcome =
                    new FfmpegRun(ffmpeg.command(command.arguments(attack)), Duration.ofSeconds(30), 40).run(l -> {});

            assertThat(outcome.exitCode()).as(attack.getFileName().toString()).isNotZero();
            assertThat(outcome.stderr())
                    .anyMatch(line -> line.contains("not on whitelist") || line.contains("Invalid data"));
            assertNoSecretIn(output);
        }
    }

    @Test
    void outputBeyondTheLimitStopsFfmpegAndLeavesNothing() {
        Path source = new TestSources(disk).video("flood.mp4", 640, 360, Duration.ofSeconds(4));
        Transcoder limited = transcoder(TranscodeSettings.defaults().withMaxOutputBytes(64 * 1024));

        MediaRejected rejected =
                catchThrowableOfType(MediaRejected.class, () -> limited.transcode(source, output, percent -> {}));

        assertThat(rejected.rejectionCause()).isEqualTo(Cause.OUTPUT_TOO_LARGE);
        assertThat(rejected.reason()).isEqualTo("视频转码后的文件超过了 64 KB 的上限，请剪短或降低分辨率后重新上传");
        assertThat(TestSources.filesIn(output)).isEmpty();
        assertThat(ProcessHandle.current().children()).noneMatch(TranscoderTests::isFfmpeg);
    }

    @Test
    void neverReadsAFileUnderAnUploadersName() throws IOException {
        Path named = Files.copy(secretVideo, disk.resolve("我的参赛作品.mp4"), StandardCopyOption.REPLACE_EXISTING);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> transcoder(TranscodeSettings.defaults()).transcode(named, output, percent -> {}))
                .withMessageContaining("fixed plain name");
        assertThat(TestSources.filesIn(output)).isEmpty();
    }

    private static Path hlsPlaylist() throws IOException {
        return Files.writeString(
                disk.resolve("playlist.mp4"),
                "#EXTM3U\n#EXT-X-TARGETDURATION:2\n#EXTINF:2,\n" + secretVideo.getFileName() + "\n#EXT-X-ENDLIST\n");
    }

    private static Path concatList() throws IOException {
        return Files.writeString(
                disk.resolve("concat.mp4"), "ffconcat version 1.0\nfile '" + secretVideo.getFileName() + "'\n");
    }

    private static Path textConcatList() throws IOException {
        return Files.writeString(
                disk.resolve("concat-text.mp4"), "ffconcat version 1.0\nfile '" + secretText.getFileName() + "'\n");
    }

    private static void assertNoSecretIn(Path dir) throws IOException {
        byte[] secret = SECRET.getBytes(StandardCharsets.UTF_8);
        List<Path> videos = new ArrayList<>();
        for (Path file : TestSources.filesIn(dir)) {
            assertThat(indexOf(Files.readAllBytes(file), secret))
                    .as(file.toString())
                    .isNegative();
            if (Files.size(file) > 0) {
                videos.add(file);
            }
        }
        // nothing was decoded, so nothing of the referenced video can be in a picture either
        assertThat(videos).isEmpty();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private Transcoder transcoder(TranscodeSettings settings) {
        return new Transcoder(ffmpeg, new MediaProber(ffmpeg), new LadderPlanner(), settings, MediaRules.defaults());
    }
}
