package org.kepu.search;

import java.util.List;
import java.util.Map;

/**
 * One page of results.
 *
 * @param total how many documents match in all pages
 * @param items the results on the requested page, in the requested order
 * @param facets per facet name ({@link #FACETS}), the values among all matching documents with their counts,
 *     most frequent first; empty names are left out
 * @param next cursor for the following page ({@link SearchQuery#after(String)}), or {@code null} on the last page
 */
public record SearchHits(long total, List<SearchHit> items, Map<String, List<FacetValue>> facets, String next) {

    /** Facet names, in display order; they equal the filter names of {@link SearchFilters}. */
    public static final List<String> FACETS = List.of("type", "column", "audience", "town", "year");

    public SearchHits {
        items = List.copyOf(items);
        facets = facets == null ? Map.of() : Map.copyOf(facets);
    }

    /** Hits without facets and cursor. */
    public SearchHits(long total, List<SearchHit> items) {
        this(total, items, Map.of(), null);
    }

    /** No results. */
    public static SearchHits empty() {
        return new SearchHits(0, List.of());
    }

    /** The values of one facet, or an empty list. */
    public List<FacetValue> facet(String name) {
        return facets.getOrDefault(name, List.of());
    }
}
