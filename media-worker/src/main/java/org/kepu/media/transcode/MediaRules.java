package org.kepu.media.transcode;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an uploaded video must be like to be transcoded; checked by {@link MediaRulesCheck} before
 * ffmpeg encodes anything. Sizes are in display orientation (a portrait video's short side is its
 * width).
 *
 * @param maxFileBytes largest accepted upload
 * @param minDuration shortest accepted length (a single frame is not a micro-video)
 * @param maxDuration longest accepted length; also enforced while transcoding when the container
 *     does not declare its length
 * @param minShortSide fewest pixels on the short side (240 is the lowest rung of the ladder)
 * @param maxLongSide most pixels on the long side
 * @param maxPixels most pixels in one picture (width × height)
 * @param maxFrameRate highest average frame rate, frames per second
 * @param videoCodecs accepted video codecs, by ffmpeg's name ({@code h264}, {@code hevc}, …): every
 *     other decoder stays out of reach of uploaded bytes
 */
public record MediaRules(
        long maxFileBytes,
        Duration minDuration,
        Duration maxDuration,
        int minShortSide,
        int maxLongSide,
        long maxPixels,
        double maxFrameRate,
        Set<String> videoCodecs) {

    /** What phones, cameras, screen recorders and browsers (MediaRecorder) write. */
    public static final Set<String> COMMON_VIDEO_CODECS =
            Set.of("h264", "hevc", "vp8", "vp9", "av1", "mpeg4", "mpeg2video", "mjpeg");

    public MediaRules {
        if (maxFileBytes < 1) {
            throw new IllegalArgumentException("maxFileBytes must be positive: " + maxFileBytes);
        }
        if (minDuration == null || maxDuration == null || minDuration.isNegative()) {
            throw new IllegalArgumentException("durations must be set and not negative");
        }
        if (maxDuration.compareTo(minDuration) <= 0) {
            throw new IllegalArgumentException("maxDuration must exceed minDuration: " + maxDuration);
        }
        if (minShortSide < 2 || maxLongSide < minShortSide || maxPixels < (long) minShortSide * minShortSide) {
            throw new IllegalArgumentException(
                    "inconsistent picture limits: " + minShortSide + ", " + maxLongSide + ", " + maxPixels);
        }
        if (!(maxFrameRate > 0)) {
            throw new IllegalArgumentException("maxFrameRate must be positive: " + maxFrameRate);
        }
        if (videoCodecs == null || videoCodecs.isEmpty()) {
            throw new IllegalArgumentException("at least one video codec must be allowed");
        }
        videoCodecs = videoCodecs.stream().map(c -> c.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * For a micro-video contest: 2 GiB, 1 s to 10 min, short side at least 240, long side at most
     * 4096 and at most 4096×2304 pixels (4K from phones passes, larger is not a phone video), at
     * most 120 fps, {@link #COMMON_VIDEO_CODECS}.
     */
    public static MediaRules defaults() {
        return new MediaRules(
                2L * 1024 * 1024 * 1024,
                Duration.ofSeconds(1),
                Duration.ofMinutes(10),
                240,
                4096,
                4096L * 2304,
                120,
                COMMON_VIDEO_CODECS);
    }

    /** The same rules with another longest length. */
    public MediaRules withMaxDuration(Duration duration) {
        return new MediaRules(
                maxFileBytes, minDuration, duration, minShortSide, maxLongSide, maxPixels, maxFrameRate, videoCodecs);
    }

    /** The same rules with another largest upload. */
    public MediaRules withMaxFileBytes(long bytes) {
        return new MediaRules(
                bytes, minDuration, maxDuration, minShortSide, maxLongSide, maxPixels, maxFrameRate, videoCodecs);
    }

    /**
     * These rules, narrowed by another party's limits (a contest's); a null limit leaves ours, and
     * a limit can only narrow, never widen, what the platform accepts.
     */
    public MediaRules narrowedTo(Integer maxDurationSeconds, Long maxBytes, Integer minimumShortSide) {
        Duration duration =
                maxDurationSeconds == null ? maxDuration : min(maxDuration, Duration.ofSeconds(maxDurationSeconds));
        if (duration.compareTo(minDuration) <= 0) {
            duration = maxDuration;
        }
        long bytes = maxBytes == null ? maxFileBytes : Math.min(maxFileBytes, maxBytes);
        int shortSide = minimumShortSide == null ? minShortSide : Math.max(minShortSide, minimumShortSide);
        if (shortSide > maxLongSide) {
            shortSide = minShortSide;
        }
        return new MediaRules(
                bytes, minDuration, duration, shortSide, maxLongSide, maxPixels, maxFrameRate, videoCodecs);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
