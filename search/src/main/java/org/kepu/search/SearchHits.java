package org.kepu.search;

import java.util.List;

/**
 * One page of results.
 *
 * @param total how many documents match in all pages
 * @param items the results on the requested page, best first
 */
public record SearchHits(long total, List<SearchHit> items) {

    public SearchHits {
        items = List.copyOf(items);
    }

    /** No results. */
    public static SearchHits empty() {
        return new SearchHits(0, List.of());
    }
}
