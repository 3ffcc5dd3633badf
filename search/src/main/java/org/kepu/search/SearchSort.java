package org.kepu.search;

/** The order of results. Every order breaks ties by document id, so pages never overlap. */
public enum SearchSort {
    /** Best match first. */
    RELEVANCE,
    /** Latest {@code publishedAt} first. */
    NEWEST,
    /** Highest {@code viewCount} first. */
    MOST_VIEWED
}
