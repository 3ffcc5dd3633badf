package org.kepu.content;

/**
 * Something readers see in lists changed: an article or video was published, corrected or taken offline, or a
 * column was curated. Published inside the changing transaction, which also moves the page generation; pages built
 * from several items (the home page) listen after commit and rebuild.
 *
 * @param subject what changed, e.g. {@code article:12} or {@code column:3}
 */
public record ContentChanged(String subject) {}
