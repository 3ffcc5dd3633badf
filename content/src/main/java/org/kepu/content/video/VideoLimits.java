package org.kepu.content.video;

/**
 * Limits narrower than the platform's, carried by the video to the worker (a contest's rules).
 * Each is null when the platform's own limit applies.
 */
public record VideoLimits(Integer maxDurationSeconds, Integer maxSizeMb, Integer minShortSide) {

    public static final VideoLimits NONE = new VideoLimits(null, null, null);
}
