package org.kepu.portal.search;

import java.util.Locale;
import org.kepu.search.SearchFilters;
import org.kepu.search.SearchQuery;
import org.kepu.search.SearchSort;

/** A search as the page and the API receive it, cleaned so that any input is safe to run. */
public record SearchRequest(
        String text, int page, int size, SearchFilters filters, SearchSort sort, String after, String lang) {

    static final int PAGE_SIZE = 10;
    static final int MAX_SIZE = 50;
    static final int MAX_TEXT = 200;
    /** Numbered pages stop here; deeper results are reached with the {@code next} cursor. */
    static final int MAX_PAGE = 100;

    static SearchRequest of(String text, int page, int size) {
        return of(text, page, size, null, null, null, null, null, null, null);
    }

    static SearchRequest of(
            String text,
            int page,
            int size,
            String type,
            String column,
            String audience,
            String town,
            Integer year,
            String sort,
            String after) {
        String cleaned = text == null ? "" : text.strip();
        if (cleaned.length() > MAX_TEXT) {
            cleaned = cleaned.substring(0, MAX_TEXT);
        }
        return new SearchRequest(
                cleaned,
                Math.min(Math.max(page, 1), MAX_PAGE),
                Math.min(Math.max(size, 1), MAX_SIZE),
                new SearchFilters(blank(type), blank(column), blank(audience), blank(town), year),
                sort(sort),
                after == null || after.isBlank() || after.length() > 500 ? null : after,
                null);
    }

    /** Only items in this language ({@code zh}, {@code mn}); {@code null}: every language. */
    SearchRequest inLanguage(String language) {
        return new SearchRequest(text, page, size, filters, sort, after, language);
    }

    public boolean isEmpty() {
        return text.isEmpty() && filters.isEmpty();
    }

    SearchQuery query() {
        SearchQuery query =
                new SearchQuery(text, page, size).withFilters(filters).sortedBy(sort);
        query = lang == null ? query : query.inLanguage(lang);
        return after == null ? query : query.after(after);
    }

    int pageCount(long total) {
        return (int) Math.min(MAX_PAGE, (total + size - 1) / size);
    }

    private static SearchSort sort(String sort) {
        if (sort == null || sort.isBlank()) {
            return SearchSort.RELEVANCE;
        }
        try {
            return SearchSort.valueOf(sort.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return SearchSort.RELEVANCE;
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
