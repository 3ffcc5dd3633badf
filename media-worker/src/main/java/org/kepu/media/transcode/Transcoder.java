package org.kepu.media.transcode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntConsumer;

/** Turns an uploaded video into an HLS ladder, an MP4 fallback and a poster, in one ffmpeg run. */
public class Transcoder {

    private static final int STDERR_LINES = 40;

    private final FfmpegBinary ffmpeg;
    private final MediaProber prober;
    private final LadderPlanner planner;
    private final TranscodeSettings settings;

    public Transcoder(FfmpegBinary ffmpeg, MediaProber prober, LadderPlanner planner, TranscodeSettings settings) {
        this.ffmpeg = ffmpeg;
        this.prober = prober;
        this.planner = planner;
        this.settings = settings;
    }

    /**
     * Transcodes {@code source} into {@code outputDir}: {@code master.m3u8}, {@code v<i>/index.m3u8}
     * with {@code v<i>/seg_NNN.ts} per rendition (highest first), {@code fallback.mp4} and
     * {@code poster.jpg}. Files of an earlier run in the same folder are overwritten.
     *
     * @param progressPercent receives 0..100, increasing; called from a background thread
     * @throws MediaRejected if the source is not a video we accept
     * @throws TranscodeFailed if ffmpeg fails, runs past the timeout or is interrupted
     */
    public TranscodeResult transcode(Path source, Path outputDir, IntConsumer progressPercent) {
        if (outputDir.toAbsolutePath().toString().contains("%")) {
            // ffmpeg would read it as part of the segment name pattern
            throw new IllegalArgumentException("output folder must not contain '%': " + outputDir);
        }
        MediaProbe probe = prober.probe(source);
        List<Rendition> ladder = planner.plan(probe);
        TranscodeCommand command = new TranscodeCommand(settings, probe, ladder, outputDir);
        createDirectories(outputDir);
        ProgressTracker progress = new ProgressTracker(probe.duration(), progressPercent);
        progress.start();
        FfmpegRun.Outcome outcome = new FfmpegRun(
                        ffmpeg.command(command.arguments(source)), settings.timeout(), STDERR_LINES)
                .run(progress::onLine);
        if (outcome.exitCode() != 0) {
            throw new TranscodeFailed(
                    "ffmpeg exited with " + outcome.exitCode() + " transcoding " + source, outcome.stderr());
        }
        TranscodeResult result = new TranscodeResult(
                probe,
                ladder,
                written(outputDir.resolve(TranscodeCommand.MASTER), outcome),
                written(outputDir.resolve(TranscodeCommand.FALLBACK), outcome),
                written(outputDir.resolve(TranscodeCommand.POSTER), outcome));
        progress.finish();
        return result;
    }

    // ffmpeg can exit with 0 and skip an output whose branch got no frame, e.g. a poster past the end
    private static Path written(Path file, FfmpegRun.Outcome outcome) {
        try {
            if (Files.isRegularFile(file) && Files.size(file) > 0) {
                return file;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new TranscodeFailed("ffmpeg did not write " + file, outcome.stderr());
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create " + dir, e);
        }
    }
}
