package org.kepu.media.transcode;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;

/**
 * Turns an uploaded video into an HLS ladder, an MP4 fallback, a poster and a seek-preview
 * storyboard, in one ffmpeg run, after checking it against the {@link MediaRules}. Complete
 * segments go to a {@link SegmentKeeper} while ffmpeg runs; a later run that gets them back encodes
 * only what follows them ({@link ResumedTranscode}).
 */
public class Transcoder {

    private static final int STDERR_LINES = 40;
    // what the mov demuxer says when the data of a sample lies past the end of the file
    private static final String CUT_SHORT = "partial file";
    // what ffmpeg says when an allocation fails under the address-space limit
    private static final String OUT_OF_MEMORY = "Cannot allocate memory";
    // output timestamps may run a little past the declared end (the last frame's duration, audio)
    private static final Duration LENGTH_TOLERANCE = Duration.ofSeconds(2);
    private static final Pattern UNSAFE_IN_OUTPUT_PATH = Pattern.compile("[%'\\\\|\\[\\]]");

    private final FfmpegBinary ffmpeg;
    private final MediaProber prober;
    private final LadderPlanner planner;
    private final TranscodeSettings settings;
    private final MediaRulesCheck rules;

    public Transcoder(
            FfmpegBinary ffmpeg,
            MediaProber prober,
            LadderPlanner planner,
            TranscodeSettings settings,
            MediaRules rules) {
        this.ffmpeg = ffmpeg;
        this.prober = prober;
        this.planner = planner;
        this.settings = settings;
        this.rules = new MediaRulesCheck(rules);
    }

    /** With {@link MediaRules#defaults()}. */
    public Transcoder(FfmpegBinary ffmpeg, MediaProber prober, LadderPlanner planner, TranscodeSettings settings) {
        this(ffmpeg, prober, planner, settings, MediaRules.defaults());
    }

    /**
     * Transcodes {@code source} into {@code outputDir}: {@code master.m3u8}, {@code v<i>/index.m3u8}
     * with {@code v<i>/seg_NNN.ts} per rendition (highest first), {@code fallback.mp4},
     * {@code poster.jpg}, {@code sprite.jpg} and {@code storyboard.vtt}. Files of an earlier run in
     * the same folder are overwritten; when this run fails, everything in the folder is deleted.
     *
     * @param source a copy of the upload under a fixed name of the caller's, such as {@code source}
     * @param outputDir a folder for this transcode only
     * @param progressPercent receives 0..100, increasing; called from a background thread
     * @throws MediaRejected if the source breaks the rules or is no video we accept
     * @throws TranscodeFailed if ffmpeg fails, runs past the timeout or is interrupted
     * @throws IllegalArgumentException if the source's name could be an uploader's
     */
    public TranscodeResult transcode(Path source, Path outputDir, IntConsumer progressPercent) {
        return transcode(source, outputDir, progressPercent, rules, SegmentKeeper.NONE);
    }

    /**
     * As {@link #transcode(Path, Path, IntConsumer)}, checked against narrower rules, such as a
     * contest's.
     */
    public TranscodeResult transcode(Path source, Path outputDir, IntConsumer progressPercent, MediaRules narrower) {
        return transcode(source, outputDir, progressPercent, new MediaRulesCheck(narrower), SegmentKeeper.NONE);
    }

    /**
     * As {@link #transcode(Path, Path, IntConsumer, MediaRules)}, handing complete segments to
     * {@code keeper} while ffmpeg runs, and continuing the segments it restores instead of encoding
     * them again. The output is the same as a run from zero would write, for players.
     */
    public TranscodeResult transcode(
            Path source, Path outputDir, IntConsumer progressPercent, MediaRules narrower, SegmentKeeper keeper) {
        return transcode(source, outputDir, progressPercent, new MediaRulesCheck(narrower), keeper);
    }

    /** The rules this transcoder checks unless told otherwise. */
    public MediaRules rules() {
        return rules.rules();
    }

    private TranscodeResult transcode(
            Path source, Path outputDir, IntConsumer progressPercent, MediaRulesCheck rules, SegmentKeeper keeper) {
        if (UNSAFE_IN_OUTPUT_PATH.matcher(outputDir.toAbsolutePath().toString()).find()) {
            // ffmpeg would read '%' as part of a name pattern, the others as the tee muxer's syntax
            throw new IllegalArgumentException("output folder must not contain any of %'\\|[]: " + outputDir);
        }
        FfmpegBinary.requireFixedName(source);
        rules.checkFile(source);
        MediaProbe probe = prober.probe(source);
        rules.checkProbe(probe);
        List<Rendition> ladder = planner.plan(probe);
        Storyboard storyboard = Storyboard.plan(probe, rules.rules().maxDuration());
        TranscodeCommand command = new TranscodeCommand(settings, probe, ladder, storyboard, outputDir);
        OutputFolder output = OutputFolder.create(outputDir);
        try {
            ProgressTracker progress = new ProgressTracker(probe.duration(), progressPercent);
            ResumedTranscode resumed = new ResumedTranscode(
                    ffmpeg, settings, command, output, ladder.size(), probe.frameRate(), probe.hasAudio());
            TranscodePlan plan = plan(probe, ladder);
            ResumePoint resume = resumed.point(keeper.restore(plan, output.path()), plan);
            output.createFolder(TranscodeCommand.THUMBNAILS);
            List<String> ffmpegOutput = encode(source, command, resume, output, progress, rules, keeper);
            if (resume == null) {
                for (int r = 0; r < ladder.size(); r++) {
                    HlsPlaylists.toVod(HlsPlaylists.of(output.path(), r));
                }
            } else {
                resumed.finish(source, resume);
            }
            tileStoryboard(command, output);
            Duration length = probe.duration().isZero() ? progress.written() : probe.duration();
            output.write(Storyboard.VTT, storyboard.webVtt(length));
            TranscodeResult result = new TranscodeResult(
                    probe,
                    ladder,
                    output.written(TranscodeCommand.MASTER, ffmpegOutput),
                    output.written(TranscodeCommand.FALLBACK, ffmpegOutput),
                    output.written(TranscodeCommand.POSTER, ffmpegOutput),
                    output.written(Storyboard.SPRITE, ffmpegOutput),
                    output.written(Storyboard.VTT, ffmpegOutput));
            progress.finish();
            return result;
        } catch (RuntimeException | Error e) {
            output.clear(e);
            throw e;
        }
    }

    /** The main run, from zero or from {@code resume}, its complete segments handed to the keeper. */
    private List<String> encode(
            Path source,
            TranscodeCommand command,
            ResumePoint resume,
            OutputFolder output,
            ProgressTracker progress,
            MediaRulesCheck rules,
            SegmentKeeper keeper) {
        List<HlsSegment> kept = resume == null ? List.of() : resume.kept();
        try (SegmentWatcher watcher = SegmentWatcher.start(
                output.path(), command.renditions(), kept, keeper, settings.checkpointInterval())) {
            if (resume == null) {
                return run(command.arguments(source), source, output, progress, rules);
            }
            progress.resumeAt(ResumedTranscode.seconds(resume.startSeconds(settings)));
            return run(command.resumedArguments(source, resume), source, output, progress, rules);
        }
    }

    /**
     * What decides the segments besides the source. The binary is part of it: another ffmpeg may
     * shift timestamps otherwise, and its segments would not continue these.
     */
    private TranscodePlan plan(MediaProbe probe, List<Rendition> ladder) {
        String description = String.format(
                Locale.ROOT,
                "kepu-hls 1; ffmpeg %s; preset %s; segment %ds; audio %s; ladder %s",
                ffmpeg.executable(),
                settings.preset(),
                settings.segmentSeconds(),
                probe.hasAudio(),
                ladder);
        int segments = (int) Math.ceil(probe.duration().toMillis() / (settings.segmentSeconds() * 1000.0));
        return new TranscodePlan(description, ladder.size(), segments);
    }

    /** Runs ffmpeg within the limits; answers its last words. */
    private List<String> run(
            List<String> arguments, Path source, OutputFolder output, ProgressTracker progress, MediaRulesCheck rules) {
        CutShortDetector cutShort = new CutShortDetector();
        Runnable limits = () -> {
            if (cutShort.seen) {
                throw new MediaRejected(MediaRejected.Cause.INCOMPLETE_FILE, MediaRejected.INCOMPLETE_FILE);
            }
            if (progress.written().compareTo(rules.rules().maxDuration().plus(LENGTH_TOLERANCE)) > 0) {
                throw rules.tooLongWhileTranscoding();
            }
            if (output.size() > settings.maxOutputBytes()) {
                throw new MediaRejected(
                        MediaRejected.Cause.OUTPUT_TOO_LARGE,
                        "视频转码后的文件超过了 " + MediaRulesCheck.bytes(settings.maxOutputBytes()) + " 的上限，请剪短或降低分辨率后重新上传",
                        null,
                        MediaRulesCheck.megabytes(settings.maxOutputBytes()));
            }
        };
        progress.start();
        FfmpegRun.Outcome outcome = new FfmpegRun(
                        ffmpeg.command(arguments, output.path()), settings.timeout(), STDERR_LINES)
                .run(progress::onLine, cutShort, limits);
        rejectIfOverSandboxLimits(outcome);
        if (outcome.exitCode() != 0) {
            throw new TranscodeFailed(
                    "ffmpeg exited with " + outcome.exitCode() + " transcoding " + source, outcome.stderr());
        }
        return outcome.stderr();
    }

    // a second, small run: the sprite from the main run's thumbnails, which are dropped afterwards
    private void tileStoryboard(TranscodeCommand command, OutputFolder output) {
        FfmpegRun.Outcome outcome = new FfmpegRun(
                        ffmpeg.command(command.spriteArguments(), output.path()), settings.timeout(), STDERR_LINES)
                .run(line -> {});
        if (outcome.exitCode() != 0) {
            throw new TranscodeFailed(
                    "ffmpeg exited with " + outcome.exitCode() + " tiling the storyboard", outcome.stderr());
        }
        output.delete(TranscodeCommand.THUMBNAILS);
    }

    /** A run the kernel stopped at one of the sandbox's limits: the file asked for too much. */
    private void rejectIfOverSandboxLimits(FfmpegRun.Outcome outcome) {
        FfmpegSandbox.Limits limits = ffmpeg.sandbox().limits();
        if (limits == null || outcome.exitCode() == 0) {
            return;
        }
        if (outcome.exitCode() == FfmpegSandbox.FILE_SIZE_EXCEEDED_EXIT) {
            throw new MediaRejected(
                    MediaRejected.Cause.OUTPUT_TOO_LARGE,
                    "视频转码后的单个文件超过了 " + MediaRulesCheck.bytes(limits.fileSizeBytes()) + " 的上限，请剪短或降低分辨率后重新上传",
                    "file",
                    MediaRulesCheck.megabytes(limits.fileSizeBytes()));
        }
        if (outcome.exitCode() == FfmpegSandbox.CPU_EXCEEDED_EXIT
                || outcome.exitCode() == FfmpegSandbox.FFMPEG_SIGNALLED_EXIT) {
            throw new MediaRejected(
                    MediaRejected.Cause.TOO_COSTLY,
                    "视频处理所需的计算量超过了上限（" + limits.cpuTime().toSeconds() + " CPU 秒），请剪短或降低分辨率后重新上传",
                    "cpu",
                    String.valueOf(limits.cpuTime().toSeconds()));
        }
        if (outcome.stderr().stream().anyMatch(line -> line.contains(OUT_OF_MEMORY))) {
            throw new MediaRejected(MediaRejected.Cause.TOO_COSTLY, "视频处理所需的内存超过了上限，请降低分辨率后重新上传", "memory");
        }
    }

    /** Notices, on ffmpeg's stderr thread, that the source's data ends before its index says. */
    private static final class CutShortDetector implements Consumer<String> {

        private volatile boolean seen;

        @Override
        public void accept(String line) {
            if (line.contains(CUT_SHORT)) {
                seen = true;
            }
        }
    }
}
