package org.kepu.content.video;

import java.time.Duration;

/**
 * An editor's request for the frame at {@code at} as the poster of a video, the data of a
 * {@link org.kepu.content.jobs.Jobs#GRAB_POSTER} job. Its text form is {@code id:millis:actor}.
 */
public record PosterFrame(long videoId, Duration at, String actor) {

    public PosterFrame {
        if (at.isNegative()) {
            throw new IllegalArgumentException("a moment of the video, not " + at);
        }
    }

    /** The job's data. */
    public String text() {
        return videoId + ":" + at.toMillis() + ":" + actor;
    }

    /** Reads {@link #text()}; the actor's name may hold colons. */
    public static PosterFrame of(String text) {
        String[] parts = text.split(":", 3);
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a poster frame request: " + text);
        }
        return new PosterFrame(Long.parseLong(parts[0]), Duration.ofMillis(Long.parseLong(parts[1])), parts[2]);
    }

    /** As the editor saw it in the storyboard, e.g. 01:23. */
    String moment() {
        long seconds = at.toSeconds();
        return String.format("%02d:%02d", seconds / 60, seconds % 60);
    }
}
