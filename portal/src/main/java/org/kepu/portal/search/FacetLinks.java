package org.kepu.portal.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kepu.search.FacetValue;
import org.kepu.search.SearchFilters;
import org.kepu.search.SearchHits;
import org.springframework.web.util.UriComponentsBuilder;

/** Links for the search page's filters and sort order, each keeping the rest of the search. */
final class FacetLinks {

    public record Link(String label, long count, String href, boolean active) {}

    private FacetLinks() {}

    static Map<String, List<Link>> of(SearchRequest request, SearchHits hits) {
        Map<String, List<Link>> facets = new LinkedHashMap<>();
        for (String name : SearchHits.FACETS) {
            List<Link> links = new ArrayList<>();
            String current = value(request.filters(), name);
            for (FacetValue value : hits.facet(name)) {
                boolean active = value.value().equals(current);
                links.add(new Link(
                        value.value(),
                        value.count(),
                        href(request, name, active ? null : value.value(), null),
                        active));
            }
            if (!links.isEmpty()) {
                facets.put(name, links);
            }
        }
        return facets;
    }

    static List<Link> sorts(SearchRequest request) {
        return List.of(
                new Link(
                        "relevance",
                        0,
                        href(request, null, null, "relevance"),
                        request.sort().name().equals("RELEVANCE")),
                new Link(
                        "newest",
                        0,
                        href(request, null, null, "newest"),
                        request.sort().name().equals("NEWEST")),
                new Link(
                        "most_viewed",
                        0,
                        href(request, null, null, "most_viewed"),
                        request.sort().name().equals("MOST_VIEWED")));
    }

    private static String href(SearchRequest request, String facet, String value, String sort) {
        SearchFilters f = request.filters();
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/search").queryParam("q", request.text());
        put(uri, "type", "type".equals(facet) ? value : f.type());
        put(uri, "column", "column".equals(facet) ? value : f.column());
        put(uri, "audience", "audience".equals(facet) ? value : f.audience());
        put(uri, "town", "town".equals(facet) ? value : f.town());
        put(
                uri,
                "year",
                "year".equals(facet)
                        ? value
                        : f.year() == null ? null : f.year().toString());
        put(uri, "sort", sort != null ? sort : request.sort().name().toLowerCase(Locale.ROOT));
        return uri.encode().build().toUriString();
    }

    private static void put(UriComponentsBuilder uri, String name, String value) {
        if (value != null && !value.isBlank()) {
            uri.queryParam(name, value);
        }
    }

    private static String value(SearchFilters filters, String name) {
        return switch (name) {
            case "type" -> filters.type();
            case "column" -> filters.column();
            case "audience" -> filters.audience();
            case "town" -> filters.town();
            case "year" -> filters.year() == null ? null : filters.year().toString();
            default -> null;
        };
    }
}
