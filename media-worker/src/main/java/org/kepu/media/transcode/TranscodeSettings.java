package org.kepu.media.transcode;

import java.time.Duration;

/**
 * How transcoding runs.
 *
 * @param timeout wall-clock limit of one ffmpeg run; the process is killed after it
 * @param preset libx264 preset, a trade of CPU time against size
 * @param segmentSeconds HLS segment length, also the keyframe interval of every rendition
 * @param maxOutputBytes most bytes one transcode may write into its output folder; ffmpeg is
 *     killed and the file rejected beyond it
 * @param checkpointInterval how often the complete segments of a running transcode are handed to its
 *     {@link SegmentKeeper}
 */
public record TranscodeSettings(
        Duration timeout, String preset, int segmentSeconds, long maxOutputBytes, Duration checkpointInterval) {

    /** Often enough to lose little of a killed run, rarely enough to cost nothing. */
    public static final Duration DEFAULT_CHECKPOINT_INTERVAL = Duration.ofSeconds(2);

    /** 4 GiB: a 10-minute 1080p ladder with its fallback takes about 1 GiB. */
    public static final long DEFAULT_MAX_OUTPUT_BYTES = 4L * 1024 * 1024 * 1024;

    public TranscodeSettings {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        if (preset == null || !preset.matches("[a-z]+")) {
            throw new IllegalArgumentException("not an x264 preset: " + preset);
        }
        if (segmentSeconds < 1) {
            throw new IllegalArgumentException("segmentSeconds must be at least 1: " + segmentSeconds);
        }
        if (maxOutputBytes < 1) {
            throw new IllegalArgumentException("maxOutputBytes must be positive: " + maxOutputBytes);
        }
        if (checkpointInterval == null || checkpointInterval.isNegative() || checkpointInterval.isZero()) {
            throw new IllegalArgumentException("checkpointInterval must be positive: " + checkpointInterval);
        }
    }

    /** Checkpointing every {@link #DEFAULT_CHECKPOINT_INTERVAL}. */
    public TranscodeSettings(Duration timeout, String preset, int segmentSeconds, long maxOutputBytes) {
        this(timeout, preset, segmentSeconds, maxOutputBytes, DEFAULT_CHECKPOINT_INTERVAL);
    }

    /** With the default output limit of {@link #DEFAULT_MAX_OUTPUT_BYTES}. */
    public TranscodeSettings(Duration timeout, String preset, int segmentSeconds) {
        this(timeout, preset, segmentSeconds, DEFAULT_MAX_OUTPUT_BYTES);
    }

    /** 30 minutes, veryfast, 4 s segments, 4 GiB of output. */
    public static TranscodeSettings defaults() {
        return new TranscodeSettings(Duration.ofMinutes(30), "veryfast", 4);
    }

    /** The same settings with another output limit. */
    public TranscodeSettings withMaxOutputBytes(long bytes) {
        return new TranscodeSettings(timeout, preset, segmentSeconds, bytes, checkpointInterval);
    }

    /** The same settings with another checkpoint interval. */
    public TranscodeSettings withCheckpointInterval(Duration interval) {
        return new TranscodeSettings(timeout, preset, segmentSeconds, maxOutputBytes, interval);
    }
}
