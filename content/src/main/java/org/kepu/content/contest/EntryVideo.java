package org.kepu.content.contest;

/** A finished upload offered as an entry's video: where its bytes are and what it was called. */
public record EntryVideo(String sourceKey, String fileName, long bytes) {}
