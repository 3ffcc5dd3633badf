package org.kepu.content;

/**
 * Something readers see in lists changed: an article or video was published or taken offline, or a column was
 * curated. Published inside the changing transaction; pages built from several items (the home page) listen after
 * commit and rebuild.
 *
 * @param subject what changed, e.g. {@code article:12} or {@code column:3}
 */
public record ContentChanged(String subject) {}
