package org.kepu.media.transcode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The parts of a transcode that differ when it continues segments kept from an earlier run: whether
 * the restored segments can be continued at all, where their timestamps end, and what the full run
 * would have written besides the segments (VOD playlists over all segments, the fallback, the
 * poster and thumbnails).
 */
final class ResumedTranscode {

    private static final int STDERR_LINES = 40;
    private static final double FALLBACK_FRAME_RATE = 25;

    private final FfmpegBinary ffmpeg;
    private final TranscodeSettings settings;
    private final TranscodeCommand command;
    private final OutputFolder output;
    private final int renditions;
    private final double frameRate;

    ResumedTranscode(
            FfmpegBinary ffmpeg,
            TranscodeSettings settings,
            TranscodeCommand command,
            OutputFolder output,
            int renditions,
            double frameRate) {
        this.ffmpeg = ffmpeg;
        this.settings = settings;
        this.command = command;
        this.output = output;
        this.renditions = renditions;
        this.frameRate = frameRate > 0 ? frameRate : FALLBACK_FRAME_RATE;
    }

    /**
     * Where to continue the restored segments, or {@code null} to start from zero. Only the first
     * segments of every rendition, the same number of each, complete, and fewer than the run will
     * write are continued; anything else in the rendition folders is deleted.
     */
    ResumePoint point(List<HlsSegment> restored, TranscodePlan plan) {
        int kept = (int) restored.stream().filter(s -> s.rendition() == 0).count();
        if (kept < 1 || kept >= plan.segments() || !complete(restored, kept)) {
            clearSegments(Set.of());
            return null;
        }
        clearSegments(restored.stream().map(ResumedTranscode::file).collect(Collectors.toSet()));
        double end = endOfVideo(output.path().resolve("v0").resolve(TranscodeCommand.segmentName(kept - 1)));
        double start = (double) kept * settings.segmentSeconds();
        // the kept timestamps are the source's plus the muxer's start shift (well under a segment)
        if (Double.isNaN(end) || end < start || end >= start + settings.segmentSeconds()) {
            clearSegments(Set.of());
            return null;
        }
        return new ResumePoint(kept, end, restored);
    }

    /** Every rendition has exactly segments 0..kept-1, in order, and each is there. */
    private boolean complete(List<HlsSegment> restored, int kept) {
        if (restored.size() != kept * renditions) {
            return false;
        }
        for (int r = 0; r < renditions; r++) {
            int rendition = r;
            List<HlsSegment> own =
                    restored.stream().filter(s -> s.rendition() == rendition).toList();
            for (int i = 0; i < own.size(); i++) {
                Path file = output.path().resolve(file(own.get(i)));
                if (!own.get(i).name().equals(TranscodeCommand.segmentName(i)) || !nonEmpty(file)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Where the video of a kept segment ends, in seconds of its timestamps: its last picture's
     * presentation time plus one frame. The next segment's first picture goes there.
     */
    private double endOfVideo(Path segment) {
        List<String> lines = new CopyOnWriteArrayList<>();
        FfmpegRun.Outcome outcome = new FfmpegRun(
                        ffmpeg.command(TranscodeCommand.packetListArguments(segment), output.path()),
                        settings.timeout(),
                        STDERR_LINES)
                .run(lines::add);
        if (outcome.exitCode() != 0) {
            return Double.NaN;
        }
        return FrameCrc.endSeconds(lines, 1 / frameRate);
    }

    /** The VOD playlists over kept and new segments, the joined fallback, the poster and thumbnails. */
    void finish(Path source, ResumePoint resume) {
        for (int r = 0; r < renditions; r++) {
            HlsPlaylists.joinKept(HlsPlaylists.of(output.path(), r), resume.keptOf(r));
        }
        int middle = command.fallbackIndex();
        List<Path> segments = HlsPlaylists.listed(output.path(), middle).stream()
                .map(s -> output.path().resolve(file(s)))
                .toList();
        run(command.joinedFallbackArguments(segments), "joining the fallback");
        run(command.pictureArguments(source), "making the poster and thumbnails");
    }

    private void run(List<String> arguments, String what) {
        FfmpegRun.Outcome outcome =
                new FfmpegRun(ffmpeg.command(arguments, output.path()), settings.timeout(), STDERR_LINES).run(l -> {});
        if (outcome.exitCode() != 0) {
            throw new TranscodeFailed("ffmpeg exited with " + outcome.exitCode() + " " + what, outcome.stderr());
        }
    }

    // a segment not kept (or a half-restored one) must not be taken for the new run's
    private void clearSegments(Set<String> keep) {
        for (int r = 0; r < renditions; r++) {
            Path folder = output.path().resolve("v" + r);
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    if (!keep.contains(output.path().relativize(file).toString())) {
                        Files.delete(file);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot clear " + folder, e);
            }
        }
    }

    private static String file(HlsSegment s) {
        return "v" + s.rendition() + "/" + s.name();
    }

    private static boolean nonEmpty(Path file) {
        try {
            return Files.isRegularFile(file) && Files.size(file) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    static Duration seconds(double seconds) {
        return Duration.ofNanos(Math.round(seconds * 1e9));
    }
}
