package org.kepu.search;

import java.util.Objects;

/**
 * What a person typed into the search box, filters, order, and which page of results they want.
 *
 * <p>The text is never parsed as engine syntax. Two things in it have a meaning: {@code "..."} requires the quoted
 * words in that order, and {@code -word} excludes documents containing the word; an unbalanced quote is just a
 * character. Out-of-range paging is clamped rather than rejected, because it usually comes straight from a URL:
 * {@code page} is at least 1 and {@code size} between 1 and {@value #MAX_SIZE}.
 *
 * <p>Deep pages: page numbers reach the first {@value #MAX_WINDOW} results (a bounded window, like Elasticsearch's
 * {@code max_result_window}); beyond that, or for endless scrolling, pass the {@link SearchHits#next()} cursor of
 * the previous page as {@code after} (search-after: the engine skips nothing, so cost does not grow with depth).
 * With a cursor, {@code page} is ignored.
 *
 * @param text free text in any form; blank text finds nothing unless filters are set (then it lists them)
 * @param page 1-based page number
 * @param size results per page
 * @param filters keyword restrictions, never {@code null}
 * @param sort the order, never {@code null}
 * @param after the {@link SearchHits#next()} cursor of the previous page, or {@code null}
 * @param lang only documents in this language ({@link SearchDocument#LANGUAGES}), or {@code null} for every
 *     language; documents indexed before documents had a language count as {@value SearchDocument#CHINESE}
 */
public record SearchQuery(
        String text, int page, int size, SearchFilters filters, SearchSort sort, String after, String lang) {

    /** The largest page size a caller gets. */
    public static final int MAX_SIZE = 50;

    /** The deepest result page numbers can reach; use {@code after} beyond it. */
    public static final int MAX_WINDOW = 10_000;

    public SearchQuery {
        page = Math.max(1, page);
        size = Math.min(MAX_SIZE, Math.max(1, size));
        filters = Objects.requireNonNullElse(filters, SearchFilters.none());
        sort = Objects.requireNonNullElse(sort, SearchSort.RELEVANCE);
        after = after == null || after.isBlank() ? null : after;
        lang = lang == null || lang.isBlank() ? null : SearchDocument.language(lang);
    }

    /** A query over every language. */
    public SearchQuery(String text, int page, int size, SearchFilters filters, SearchSort sort, String after) {
        this(text, page, size, filters, sort, after, null);
    }

    /** Plain text, no filters, by relevance, every language. */
    public SearchQuery(String text, int page, int size) {
        this(text, page, size, SearchFilters.none(), SearchSort.RELEVANCE, null, null);
    }

    /** The first page with {@code size} results. */
    public static SearchQuery of(String text, int size) {
        return new SearchQuery(text, 1, size);
    }

    /** This query with other filters. */
    public SearchQuery withFilters(SearchFilters newFilters) {
        return new SearchQuery(text, page, size, newFilters, sort, after, lang);
    }

    /** This query in another order. */
    public SearchQuery sortedBy(SearchSort newSort) {
        return new SearchQuery(text, page, size, filters, newSort, after, lang);
    }

    /** The page after the one that returned this cursor. */
    public SearchQuery after(String cursor) {
        return new SearchQuery(text, page, size, filters, sort, cursor, lang);
    }

    /** This query restricted to documents in {@code newLang} ({@code null}: every language). */
    public SearchQuery inLanguage(String newLang) {
        return new SearchQuery(text, page, size, filters, sort, after, newLang);
    }

    /** Whether there is no text to search for. */
    public boolean isBlank() {
        return text == null || text.isBlank();
    }

    /** Zero-based index of the first result on this page (ignored when {@link #after} is set). */
    public long offset() {
        return after != null ? 0 : (long) (page - 1) * size;
    }
}
