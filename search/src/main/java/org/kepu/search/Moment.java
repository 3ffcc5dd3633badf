package org.kepu.search;

/**
 * A place in a video where the query is spoken: one caption cue that matched.
 *
 * @param seconds where the cue starts, in whole seconds (a player starts there)
 * @param text HTML-safe like {@link SearchHit#highlight()}: the matched words in {@code <em>}, everything else escaped
 */
public record Moment(int seconds, String text) {

    /** The most moments one hit carries. */
    public static final int MAX_PER_HIT = 3;
}
