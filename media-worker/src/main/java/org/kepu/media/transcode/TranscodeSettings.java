package org.kepu.media.transcode;

import java.time.Duration;

/**
 * How transcoding runs.
 *
 * @param timeout wall-clock limit of one ffmpeg run; the process is killed after it
 * @param preset libx264 preset, a trade of CPU time against size
 * @param segmentSeconds HLS segment length, also the keyframe interval of every rendition
 */
public record TranscodeSettings(Duration timeout, String preset, int segmentSeconds) {

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
    }

    /** 30 minutes, veryfast, 4 s segments. */
    public static TranscodeSettings defaults() {
        return new TranscodeSettings(Duration.ofMinutes(30), "veryfast", 4);
    }
}
