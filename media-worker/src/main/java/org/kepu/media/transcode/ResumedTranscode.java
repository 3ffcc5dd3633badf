package org.kepu.media.transcode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
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
    private final boolean hasAudio;

    ResumedTranscode(
            FfmpegBinary ffmpeg,
            TranscodeSettings settings,
            TranscodeCommand command,
            OutputFolder output,
            int renditions,
            double frameRate,
            boolean hasAudio) {
        this.ffmpeg = ffmpeg;
        this.settings = settings;
        this.command = command;
        this.output = output;
        this.renditions = renditions;
        this.frameRate = frameRate > 0 ? frameRate : FALLBACK_FRAME_RATE;
        this.hasAudio = hasAudio;
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
        ResumePoint point = measured(kept, restored);
        if (point == null) {
            clearSegments(Set.of());
        }
        return point;
    }

    /**
     * Where the last kept segment's picture and sound end. Its timestamps are the source's plus the
     * muxer's start shift (the larger of the video's reorder delay and the AAC priming): not known
     * in advance, so read. {@code null} when they cannot be read or make no sense.
     */
    private ResumePoint measured(int kept, List<HlsSegment> restored) {
        Path last = output.path().resolve("v0").resolve(TranscodeCommand.segmentName(kept - 1));
        List<String> lines = new CopyOnWriteArrayList<>();
        FfmpegRun.Outcome outcome = new FfmpegRun(
                        ffmpeg.command(packetListArguments(last, hasAudio), output.path()),
                        settings.timeout(),
                        STDERR_LINES)
                .run(lines::add);
        if (outcome.exitCode() != 0) {
            return null;
        }
        double pictureEnd = FrameCrc.endSeconds(lines, 0, 1 / frameRate);
        double soundEnd = hasAudio ? FrameCrc.endSeconds(lines, 1, ResumePoint.PRIMING_SECONDS) : Double.NaN;
        ResumePoint point = new ResumePoint(kept, pictureEnd, soundEnd, restored);
        double start = point.startSeconds(settings);
        boolean pictureFits = pictureEnd >= start && pictureEnd < start + settings.segmentSeconds();
        boolean soundFits = !hasAudio
                || (Math.abs(point.soundLeadSeconds()) < settings.segmentSeconds()
                        && point.soundStartSeconds(settings) >= 0);
        return pictureFits && soundFits ? point : null;
    }

    /** Lists the packets of a kept segment (stream copy, nothing decoded): where it ends. */
    private static List<String> packetListArguments(Path segment, boolean hasAudio) {
        List<String> args = new ArrayList<>(List.of(
                "-v",
                "error",
                "-nostats",
                "-protocol_whitelist",
                "file",
                "-format_whitelist",
                "mpegts",
                "-f",
                "mpegts",
                "-i",
                segment.toAbsolutePath().toString(),
                "-copyts", // the segment's own timestamps, not counted from its start
                "-map",
                "0:v:0"));
        if (hasAudio) {
            args.addAll(List.of("-map", "0:a:0"));
        }
        args.addAll(List.of("-c", "copy", "-f", "framecrc", "-"));
        return args;
    }

    /** The MP4 fallback: the middle rendition's segments joined, not encoded again. */
    private List<String> joinedFallbackArguments(List<Path> segments) {
        StringJoiner concat = new StringJoiner("|", "concat:", "");
        segments.forEach(s -> concat.add(s.toAbsolutePath().toString()));
        return List.of(
                "-y",
                "-v",
                "error",
                "-nostats",
                "-protocol_whitelist",
                "file,concat",
                "-format_whitelist",
                "mpegts",
                "-f",
                "mpegts",
                "-i",
                concat.toString(),
                "-map",
                "0:v:0",
                "-map",
                "0:a:0?",
                "-c",
                "copy",
                "-bsf:a",
                "aac_adtstoasc",
                "-map_metadata",
                "-1",
                "-movflags",
                "+faststart",
                "-f",
                "mp4",
                output.path().resolve(TranscodeCommand.FALLBACK).toString());
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

    /** The VOD playlists over kept and new segments, the joined fallback, the poster and thumbnails. */
    void finish(Path source, ResumePoint resume) {
        for (int r = 0; r < renditions; r++) {
            HlsPlaylists.joinKept(HlsPlaylists.of(output.path(), r), resume.keptOf(r));
        }
        int middle = command.fallbackIndex();
        List<Path> segments = HlsPlaylists.listed(output.path(), middle).stream()
                .map(s -> output.path().resolve(file(s)))
                .toList();
        run(joinedFallbackArguments(segments), "joining the fallback");
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
