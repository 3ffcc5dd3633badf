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
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }
}
