package org.kepu.portal.search;

import org.kepu.search.SearchQuery;

/** A search as the page and the API receive it, cleaned so that any input is safe to run. */
record SearchRequest(String text, int page, int size) {

    static final int PAGE_SIZE = 10;
    static final int MAX_SIZE = 50;
    static final int MAX_TEXT = 200;
    /** Deep pages are refused: nobody reads them, and they cost the index the most. */
    static final int MAX_PAGE = 100;

    static SearchRequest of(String text, int page, int size) {
        String cleaned = text == null ? "" : text.strip();
        if (cleaned.length() > MAX_TEXT) {
            cleaned = cleaned.substring(0, MAX_TEXT);
        }
        return new SearchRequest(cleaned, Math.min(Math.max(page, 1), MAX_PAGE), Math.min(Math.max(size, 1), MAX_SIZE));
    }

    boolean isEmpty() {
        return text.isEmpty();
    }

    SearchQuery query() {
        return new SearchQuery(text, page, size);
    }

    int pageCount(long total) {
        return (int) Math.min(MAX_PAGE, (total + size - 1) / size);
    }
}
