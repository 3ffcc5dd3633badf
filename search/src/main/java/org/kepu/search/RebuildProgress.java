package org.kepu.search;

/** Told how far a {@link SearchIndex#rebuild} has come, for a progress display. */
@FunctionalInterface
public interface RebuildProgress {

    /** Ignores progress. */
    RebuildProgress NONE = indexed -> {};

    /** {@code indexed} documents are in the new index so far. */
    void indexed(long indexed);
}
