package org.kepu.media.transcode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/** Makes small synthetic videos with the bundled ffmpeg, for demo content and tests. */
public class SampleVideos {

    private static final Duration TIMEOUT = Duration.ofMinutes(2);
    private static final int DEFAULT_TONE_HZ = 440;
    // the static ffmpeg has drawtext but finds fonts only through a file we name; no CJK font is assumed
    private static final Path CAPTION_FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    private final FfmpegBinary ffmpeg;

    public SampleVideos(FfmpegBinary ffmpeg) {
        this.ffmpeg = ffmpeg;
    }

    /** An H.264/AAC MP4 of a moving test pattern with a 440 Hz tone. */
    public Path generate(Path target, int width, int height, Duration length) {
        return generate(target, width, height, length, OptionalInt.of(DEFAULT_TONE_HZ));
    }

    /** An H.264 MP4 of a moving test pattern, with a sine tone or, when {@code toneHz} is empty, silent. */
    public Path generate(Path target, int width, int height, Duration length, OptionalInt toneHz) {
        if (width < 2 || height < 2 || width % 2 != 0 || height % 2 != 0) {
            throw new IllegalArgumentException("H.264 4:2:0 needs even sizes: " + width + "x" + height);
        }
        String seconds = seconds(length);
        List<String> args = new ArrayList<>(List.of(
                "-y",
                "-v",
                "error",
                "-f",
                "lavfi",
                "-i",
                "testsrc2=size=" + width + "x" + height + ":rate=25:duration=" + seconds));
        toneHz.ifPresent(hz -> args.addAll(List.of("-f", "lavfi", "-i", sine(hz, seconds))));
        if (Files.isRegularFile(CAPTION_FONT)) {
            args.addAll(List.of("-vf", caption(width, height)));
        }
        args.addAll(List.of("-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p"));
        toneHz.ifPresent(hz -> args.addAll(List.of("-c:a", "aac", "-b:a", "96k")));
        args.addAll(List.of("-shortest", "-movflags", "+faststart", target.toString()));
        return run(args, target);
    }

    /** An AAC-only M4A: a file with sound and no picture. */
    public Path generateAudioOnly(Path target, Duration length, int toneHz) {
        return run(
                List.of(
                        "-y",
                        "-v",
                        "error",
                        "-f",
                        "lavfi",
                        "-i",
                        sine(toneHz, seconds(length)),
                        "-c:a",
                        "aac",
                        target.toString()),
                target);
    }

    /** A copy of {@code source} whose video track a player turns by {@code degrees}, like a phone's. */
    public Path rotated(Path source, Path target, int degrees) {
        return run(
                List.of(
                        "-y",
                        "-v",
                        "error",
                        "-i",
                        source.toString(),
                        "-c",
                        "copy",
                        "-metadata:s:v:0",
                        "rotate=" + degrees,
                        target.toString()),
                target);
    }

    private Path run(List<String> arguments, Path target) {
        createParent(target);
        FfmpegRun.Outcome outcome = new FfmpegRun(
                        ffmpeg.command(arguments, target.toAbsolutePath().getParent()), TIMEOUT, 20)
                .run(line -> {});
        if (outcome.exitCode() != 0) {
            throw new TranscodeFailed("ffmpeg could not write sample " + target, outcome.stderr());
        }
        return target;
    }

    private static String caption(int width, int height) {
        int fontSize = Math.max(12, Math.min(width, height) / 12);
        return "drawtext=fontfile=" + CAPTION_FONT + ":text='kepu " + width + "x" + height + "':fontsize=" + fontSize
                + ":fontcolor=white:box=1:boxcolor=black@0.5:x=(w-text_w)/2:y=h-2*text_h";
    }

    private static String sine(int hz, String seconds) {
        return "sine=frequency=" + hz + ":sample_rate=48000:duration=" + seconds;
    }

    private static String seconds(Duration length) {
        if (length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("length must be positive: " + length);
        }
        return String.format(Locale.ROOT, "%.3f", length.toMillis() / 1000.0);
    }

    private static void createParent(Path target) {
        Path parent = target.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create " + parent, e);
        }
    }
}
