package org.kepu.media.transcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.kepu.media.transcode.MediaRejected.Cause;

/**
 * The sandbox every ffmpeg run gets, tried as an attacker would once a demuxer bug lets a file
 * past the whitelists: no network, no secrets in the environment, no file past the size limit.
 */
@ParameterizedClass(name = "{0}")
@MethodSource("org.kepu.media.transcode.TestSources#binaries")
class FfmpegSandboxTests {

    @Parameter
    FfmpegBinary ffmpeg;

    @TempDir
    static Path disk;

    @TempDir
    Path work;

    private static Path clip;

    @BeforeAll
    static void clip() {
        clip = new TestSources(disk).video("clip.mp4", 640, 360, Duration.ofSeconds(3));
    }

    /** As root (CI) a network namespace is always possible; elsewhere the worker warns instead. */
    @Test
    void theSandboxHereIsolatesTheNetworkAndLimitsResources() {
        assumeThat(isRoot()).as("unshare -n needs root here").isTrue();

        assertThat(ffmpeg.sandbox().isolatesNetwork()).isTrue();
        assertThat(ffmpeg.sandbox().limitsResources()).isTrue();
    }

    /** What a whitelist bypass would give an attacker: ffmpeg opening a URL of their choice. */
    @Test
    void sandboxedFfmpegCannotOpenATcpConnection() throws IOException {
        assumeThat(ffmpeg.sandbox().isolatesNetwork()).isTrue();
        try (ServerSocket server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            String url = "tcp://127.0.0.1:" + server.getLocalPort();

            FfmpegRun.Outcome unconfined = open(ffmpeg.in(FfmpegSandbox.none()), url);
            assertThat(firstConnectionIsNotOurOwn(server))
                    .as("without the sandbox ffmpeg connects")
                    .isTrue();
            FfmpegRun.Outcome sandboxed = open(ffmpeg, url);

            assertThat(firstConnectionIsNotOurOwn(server))
                    .as("the server saw a connection")
                    .isFalse();
            assertThat(sandboxed.exitCode()).isNotZero();
            assertThat(unconfined.exitCode()).isNotNull();
        }
    }

    /** The whole job: a playlist in disguise pointing at a local server is rejected, nothing connects. */
    @Test
    void aPlaylistPointingAtALocalServerIsRejectedAndNothingConnects() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            Path playlist = Files.writeString(
                    disk.resolve("netlist"),
                    "#EXTM3U\n#EXT-X-TARGETDURATION:2\n#EXTINF:2,\nhttp://127.0.0.1:" + server.getLocalPort()
                            + "/seg.ts\n#EXT-X-ENDLIST\n");

            MediaRejected rejected = catchThrowableOfType(
                    MediaRejected.class, () -> transcoder(ffmpeg).transcode(playlist, work, percent -> {}));

            assertThat(rejected.rejectionCause()).isEqualTo(Cause.FORMAT_NOT_ALLOWED);
            assertThat(firstConnectionIsNotOurOwn(server)).isFalse();
        }
    }

    @Test
    void ffmpegSeesNoneOfTheWorkersEnvironment() throws IOException {
        assertThat(System.getenv())
                .as("the worker's own variables, which could hold secrets")
                .isNotEmpty();
        Path copy = work.resolve("environ");

        FfmpegRun.Outcome outcome = new FfmpegRun(
                        ffmpeg.command(
                                List.of(
                                        "-y",
                                        "-v",
                                        "error",
                                        "-protocol_whitelist",
                                        "file",
                                        "-f",
                                        "data",
                                        "-i",
                                        "/proc/self/environ",
                                        "-map",
                                        "0",
                                        "-c",
                                        "copy",
                                        "-f",
                                        "data",
                                        copy.toString()),
                                work),
                        Duration.ofSeconds(30),
                        20)
                .run(line -> {});

        assertThat(outcome.exitCode()).as(String.join("\n", outcome.stderr())).isZero();
        List<String> environment = Arrays.stream(
                        Files.readString(copy, StandardCharsets.UTF_8).split("\0"))
                .filter(variable -> !variable.isEmpty())
                .toList();
        assertThat(environment)
                .containsExactlyInAnyOrder(
                        "PATH=/usr/local/bin:/usr/bin:/bin", "LC_ALL=C", "HOME=" + work.toAbsolutePath());
    }

    @Test
    void anOutputFilePastTheSizeLimitStopsFfmpegWithAClearReason() {
        assumeThat(ffmpeg.sandbox().limitsResources()).isTrue();
        FfmpegSandbox.Limits small =
                new FfmpegSandbox.Limits(Duration.ofMinutes(10), 4L * 1024 * 1024 * 1024, 64 * 1024);
        FfmpegBinary limited = ffmpeg.in(new FfmpegSandbox(ffmpeg.sandbox().network(), small));

        MediaRejected rejected = catchThrowableOfType(
                MediaRejected.class, () -> transcoder(limited).transcode(clip, work, p -> {}));

        assertThat(rejected.rejectionCause()).isEqualTo(Cause.OUTPUT_TOO_LARGE);
        assertThat(rejected.reason()).isEqualTo("视频转码后的单个文件超过了 64 KB 的上限，请剪短或降低分辨率后重新上传");
        assertThat(TestSources.filesIn(work)).isEmpty();
    }

    @Test
    void theLadderIsWrittenInsideTheSandbox() {
        TranscodeResult result = transcoder(ffmpeg).transcode(clip, work, percent -> {});

        assertThat(result.renditions()).hasSize(2);
        assertThat(result.masterPlaylist()).isRegularFile();
        assertThat(result.mp4Fallback()).isRegularFile();
    }

    private static FfmpegRun.Outcome open(FfmpegBinary binary, String url) {
        return new FfmpegRun(
                        binary.command(List.of("-v", "error", "-rw_timeout", "2000000", "-i", url), disk),
                        Duration.ofSeconds(30),
                        20)
                .run(line -> {});
    }

    /**
     * Connects once ourselves and accepts: connections queue in order, so if anything connected
     * before, that is what {@code accept} returns first.
     */
    private static boolean firstConnectionIsNotOurOwn(ServerSocket server) throws IOException {
        try (Socket own = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
            boolean foreign = false;
            while (true) {
                try (Socket accepted = server.accept()) {
                    if (accepted.getPort() == own.getLocalPort()) {
                        return foreign;
                    }
                    foreign = true;
                }
            }
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static Transcoder transcoder(FfmpegBinary binary) {
        return new Transcoder(
                binary,
                new MediaProber(binary),
                new LadderPlanner(),
                TranscodeSettings.defaults(),
                MediaRules.defaults());
    }
}
