package org.kepu.media.transcode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import java.util.stream.Stream;

/** Short, small source files of every kind the tests need, made with the bundled ffmpeg. */
final class TestSources {

    static final FfmpegBinary FFMPEG = FfmpegBinary.bundled();

    /** Debian's security-maintained ffmpeg (package {@code ffmpeg}), what production runs. */
    static final Path DISTRIBUTION_FFMPEG = Path.of("/usr/bin/ffmpeg");

    /**
     * The binaries the hostile-media tests run against, each in the sandbox this machine allows:
     * the bundled 4.4.1 and the distribution's. Outside CI a missing distribution ffmpeg is left
     * out; in CI ({@code CI=true}) it fails the run, never skips.
     */
    static List<FfmpegBinary> binaries() {
        FfmpegSandbox sandbox = FfmpegSandbox.detect(DEFAULT_LIMITS);
        List<FfmpegBinary> binaries = new ArrayList<>(List.of(FFMPEG.in(sandbox)));
        if (Files.isExecutable(DISTRIBUTION_FFMPEG)) {
            binaries.add(new FfmpegBinary(DISTRIBUTION_FFMPEG, sandbox));
        } else if ("true".equals(System.getenv("CI"))) {
            throw new IllegalStateException(
                    DISTRIBUTION_FFMPEG + " is missing: .ci/run installs Debian's ffmpeg package");
        }
        return binaries;
    }

    /** The limits of the worker's defaults (kepu.media.max-cpu-time, max-memory, max-output-file-size). */
    static final FfmpegSandbox.Limits DEFAULT_LIMITS =
            new FfmpegSandbox.Limits(Duration.ofHours(1), 4L * 1024 * 1024 * 1024, 4L * 1024 * 1024 * 1024);

    private final Path dir;
    private final SampleVideos samples = new SampleVideos(FFMPEG);

    TestSources(Path dir) {
        this.dir = dir;
    }

    Path video(String name, int width, int height, Duration length) {
        return samples.generate(dir.resolve(name), width, height, length);
    }

    Path silentVideo(String name, int width, int height, Duration length) {
        return samples.generate(dir.resolve(name), width, height, length, OptionalInt.empty());
    }

    Path audioOnly(String name, Duration length) {
        return samples.generateAudioOnly(dir.resolve(name), length, 550);
    }

    Path rotated(Path source, String name, int degrees) {
        return samples.rotated(source, dir.resolve(name), degrees);
    }

    /** 30 fps for the first 1.5 s, then 10 fps: frames as a phone drops them in the dark. */
    Path variableFrameRate(String name, int width, int height) {
        return ffmpeg(
                name,
                "-f",
                "lavfi",
                "-i",
                "testsrc2=size=" + width + "x" + height + ":rate=30:duration=3",
                "-f",
                "lavfi",
                "-i",
                "sine=frequency=660:sample_rate=48000:duration=3",
                "-vf",
                "select='if(lt(n,45),1,not(mod(n,3)))'",
                "-vsync",
                "vfr",
                "-c:v",
                "libx264",
                "-preset",
                "ultrafast",
                "-c:a",
                "aac",
                "-shortest");
    }

    /** HEVC Main 10, as recent phones record HDR video. */
    Path hevc10Bit(String name, int width, int height, Duration length) {
        return ffmpeg(
                name,
                "-f",
                "lavfi",
                "-i",
                testPattern(width, height, 25, length),
                "-c:v",
                "libx265",
                "-preset",
                "ultrafast",
                "-x265-params",
                "log-level=error",
                "-pix_fmt",
                "yuv420p10le",
                "-tag:v",
                "hvc1");
    }

    /** Matroska written as a live stream: the container declares no length. */
    Path withoutDeclaredLength(String name, int width, int height, Duration length) {
        return ffmpeg(
                name,
                "-f",
                "lavfi",
                "-i",
                testPattern(width, height, 25, length),
                "-c:v",
                "libx264",
                "-preset",
                "ultrafast",
                "-f",
                "matroska",
                "-live",
                "1");
    }

    Path frameRate(String name, int width, int height, int fps, Duration length) {
        return ffmpeg(
                name,
                "-f",
                "lavfi",
                "-i",
                testPattern(width, height, fps, length),
                "-c:v",
                "libx264",
                "-preset",
                "ultrafast");
    }

    /** Lossless FFV1 in Matroska: a real video, in a codec the contest does not take. */
    Path ffv1(String name, int width, int height, Duration length) {
        return ffmpeg(name, "-f", "lavfi", "-i", testPattern(width, height, 25, length), "-c:v", "ffv1");
    }

    /** The first {@code fraction} of {@code source}, as an interrupted copy leaves it. */
    Path truncated(Path source, String name, double fraction) {
        try {
            byte[] bytes = Files.readAllBytes(source);
            return Files.write(dir.resolve(name), Arrays.copyOf(bytes, (int) (bytes.length * fraction)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An MP4 with its index at the end, as phones write it (no "faststart"). */
    Path indexAtEnd(String name, int width, int height, Duration length) {
        return ffmpeg(
                name,
                "-f",
                "lavfi",
                "-i",
                testPattern(width, height, 25, length),
                "-c:v",
                "libx264",
                "-preset",
                "ultrafast");
    }

    Path randomBytes(String name, int size) {
        byte[] bytes = new byte[size];
        new Random(20251129).nextBytes(bytes);
        return write(name, bytes);
    }

    Path text(String name, String content) {
        try {
            return Files.writeString(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path write(String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every regular file below {@code dir}. */
    static List<Path> filesIn(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path ffmpeg(String name, String... arguments) {
        Path target = dir.resolve(name);
        List<String> args = new ArrayList<>(List.of("-y", "-v", "error"));
        args.addAll(List.of(arguments));
        args.add(target.toString());
        FfmpegRun.Outcome outcome = new FfmpegRun(FFMPEG.command(args), Duration.ofMinutes(1), 20).run(line -> {});
        if (outcome.exitCode() != 0) {
            throw new TranscodeFailed("could not make " + target, outcome.stderr());
        }
        return target;
    }

    private static String testPattern(int width, int height, int fps, Duration length) {
        return "testsrc2=size=" + width + "x" + height + ":rate=" + fps + ":duration=" + length.toMillis() / 1000.0;
    }
}
