package org.kepu.content;

/**
 * Something readers see changed: an article or video was published, corrected or taken offline, a column was
 * curated, or the emergency notice was raised or lowered. Published inside the changing transaction, which also
 * moves the page generation; pages built from several items (the home page) listen after commit and rebuild.
 *
 * @param subject what changed, e.g. {@code article:12}, {@code column:3} or {@code notice:2}
 */
public record ContentChanged(String subject) {}
