package org.kepu.media.transcode;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The Java side of {@code scripts/bench/media/run.sh}; not a test. Modes:
 *
 * <ul>
 *   <li>{@code generate <file> <seconds>}: a 1920×1080 H.264/AAC test clip
 *   <li>{@code command <source> <outputDir> <argsFile>}: writes the exact ffmpeg arguments the
 *       Transcoder would run, NUL-separated (for {@code xargs -0}), after probing like it does
 *   <li>{@code transcode <source> <outputDir>}: runs the Transcoder and prints its wall time
 *   <li>{@code resume <seconds> <workDir> <kept> [<width> <height>]}: a clip (640×360 unless
 *       told, as {@code TranscodeResumeTests} makes it); wall time of a run from zero, then of a run
 *       resumed after {@code kept} segments of each rendition (the run that kept them is stopped
 *       and not timed)
 * </ul>
 */
public final class TranscodeBench {

    private TranscodeBench() {}

    public static void main(String[] args) throws IOException {
        FfmpegBinary ffmpeg = FfmpegBinary.bundled();
        MediaProber prober = new MediaProber(ffmpeg);
        switch (args[0]) {
            case "ffmpeg" -> System.out.println(ffmpeg.executable());
            case "generate" ->
                new SampleVideos(ffmpeg)
                        .generate(Path.of(args[1]), 1920, 1080, Duration.ofSeconds(Long.parseLong(args[2])));
            case "command" -> {
                Path source = Path.of(args[1]);
                MediaProbe probe = prober.probe(source);
                TranscodeCommand command = new TranscodeCommand(
                        TranscodeSettings.defaults(),
                        probe,
                        new LadderPlanner().plan(probe),
                        Storyboard.plan(probe, MediaRules.defaults().maxDuration()),
                        Path.of(args[2]));
                List<String> arguments =
                        ffmpeg.command(command.arguments(source)).line();
                // the binary stays out: the script names it
                String joined = String.join("\0", arguments.subList(1, arguments.size()));
                Files.writeString(Path.of(args[3]), joined, StandardCharsets.UTF_8);
            }
            case "transcode" -> {
                Transcoder transcoder =
                        new Transcoder(ffmpeg, prober, new LadderPlanner(), TranscodeSettings.defaults());
                long started = System.nanoTime();
                TranscodeResult result = transcoder.transcode(Path.of(args[1]), Path.of(args[2]), percent -> {});
                double seconds = (System.nanoTime() - started) / 1e9;
                // the JVM's own CPU (start, JIT, watching), to tell it from ffmpeg's in the totals
                double jvmCpu =
                        ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                                        .getProcessCpuTime()
                                / 1e9;
                System.out.printf(
                        Locale.ROOT,
                        "transcoder_wall_seconds=%.2f renditions=%d jvm_cpu_seconds=%.2f%n",
                        seconds,
                        result.renditions().size(),
                        jvmCpu);
            }
            case "resume" -> {
                int width = args.length > 5 ? Integer.parseInt(args[4]) : 640;
                int height = args.length > 5 ? Integer.parseInt(args[5]) : 360;
                resume(
                        ffmpeg,
                        prober,
                        Long.parseLong(args[1]),
                        Path.of(args[2]),
                        Integer.parseInt(args[3]),
                        width,
                        height);
            }
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }

    private static void resume(
            FfmpegBinary ffmpeg, MediaProber prober, long seconds, Path work, int kept, int width, int height) {
        Path clip =
                new SampleVideos(ffmpeg).generate(work.resolve("clip.mp4"), width, height, Duration.ofSeconds(seconds));
        Transcoder transcoder = new Transcoder(
                ffmpeg,
                prober,
                new LadderPlanner(),
                TranscodeSettings.defaults().withCheckpointInterval(Duration.ofMillis(100)));
        long started = System.nanoTime();
        int renditions = transcoder
                .transcode(clip, work.resolve("full"), percent -> {})
                .renditions()
                .size();
        double full = (System.nanoTime() - started) / 1e9;

        TranscodeResumeTests.FolderKeeper keeper =
                new TranscodeResumeTests.FolderKeeper(work.resolve("kept"), kept, Thread.currentThread(), renditions);
        try {
            transcoder.transcode(clip, work.resolve("resumed"), percent -> {}, transcoder.rules(), keeper);
        } catch (TranscodeFailed e) {
            Thread.interrupted(); // stopped by the keeper, as a killed worker would be
        }
        int resumedAt = keeper.keptPerRendition();
        started = System.nanoTime();
        transcoder.transcode(clip, work.resolve("resumed"), percent -> {}, transcoder.rules(), keeper);
        double resumed = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "full_wall_seconds=%.2f resumed_wall_seconds=%.2f renditions=%d kept=%d segments=%d%n",
                full,
                resumed,
                renditions,
                resumedAt,
                (seconds + 3) / 4);
    }
}
