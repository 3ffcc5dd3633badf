package org.kepu.search;

/**
 * What a person typed into the search box, and which page of results they want.
 *
 * <p>Out-of-range paging is clamped rather than rejected, because it usually comes straight from a URL:
 * {@code page} is at least 1 and {@code size} between 1 and {@value #MAX_SIZE}. Blank text is allowed and
 * finds nothing.
 *
 * @param text free text in any form; never parsed as query syntax
 * @param page 1-based page number
 * @param size results per page
 */
public record SearchQuery(String text, int page, int size) {

    /** The largest page size a caller gets. */
    public static final int MAX_SIZE = 50;

    public SearchQuery {
        page = Math.max(1, page);
        size = Math.min(MAX_SIZE, Math.max(1, size));
    }

    /** The first page with {@code size} results. */
    public static SearchQuery of(String text, int size) {
        return new SearchQuery(text, 1, size);
    }

    /** Whether there is anything to search for. */
    public boolean isBlank() {
        return text == null || text.isBlank();
    }

    /** Zero-based index of the first result on this page. */
    public long offset() {
        return (long) (page - 1) * size;
    }
}
