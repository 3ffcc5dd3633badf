package org.kepu.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.util.NamedValue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Runs a planned query: one page in the requested order, facets as terms aggregations. */
final class ElasticsearchSearcher {

    /** Sources are read as plain maps (Jackson 3); the raw class is what the client's generic signature needs. */
    @SuppressWarnings("rawtypes")
    private static final Class<Map> SOURCE = Map.class;

    /** The stored fields a hit shows; the token fields stay on the server. */
    private static final List<String> DISPLAYED = List.of(
            SearchFields.ID,
            SearchFields.TYPE,
            SearchFields.TITLE,
            SearchFields.SUMMARY,
            SearchFields.BODY,
            SearchFields.URL,
            SearchFields.COLUMN,
            SearchFields.AUDIENCE,
            SearchFields.TOWN,
            SearchFields.PUBLISHED_AT,
            SearchFields.VIEW_COUNT,
            SearchFields.LANG,
            SearchFields.CUE_SECONDS,
            SearchFields.CUE_TEXTS);

    private final ElasticsearchClient client;
    private final String alias;

    ElasticsearchSearcher(ElasticsearchClient client, String alias) {
        this.client = client;
        this.alias = alias;
    }

    SearchHits page(QueryPlanner.PlannedQuery plan, SearchQuery request, boolean facets) throws IOException {
        Optional<Cursor> after = Cursor.decode(request.after(), request.sort());
        long offset = after.isPresent() ? 0 : request.offset();
        int wanted = (int) Math.min(offset + request.size(), SearchQuery.MAX_WINDOW);
        int from = (int) Math.min(offset, wanted);
        SearchRequest.Builder search = new SearchRequest.Builder()
                .index(alias)
                .query(ElasticsearchQueries.toElasticsearch(plan.query()))
                .sort(ElasticsearchQueries.sort(request.sort()))
                .from(from)
                .size(wanted - from)
                .trackTotalHits(t -> t.enabled(true))
                .source(src -> src.filter(f -> f.includes(DISPLAYED)));
        after.ifPresent(cursor -> search.searchAfter(ElasticsearchQueries.searchAfter(cursor)));
        if (facets) {
            for (String field : SearchFields.FACETS) {
                search.aggregations(field, facet(field));
            }
        }
        @SuppressWarnings("rawtypes")
        SearchResponse<Map> response = client.search(search.build(), SOURCE);
        List<SearchHit> items = new ArrayList<>();
        for (Hit<Map> hit : response.hits().hits()) {
            items.add(ElasticsearchDocuments.toHit(source(hit), plan.highlights()));
        }
        long total = response.hits().total() == null
                ? items.size()
                : response.hits().total().value();
        String next = null;
        if (!items.isEmpty() && from + items.size() == wanted && total > offset + items.size()) {
            next = cursor(request.sort(), response.hits().hits().get(items.size() - 1));
        }
        return new SearchHits(total, items, facets ? counts(response.aggregations()) : Map.of(), next);
    }

    List<String> titles(QueryNode query, int n) throws IOException {
        @SuppressWarnings("rawtypes")
        SearchResponse<Map> response = client.search(
                s -> s.index(alias)
                        .query(ElasticsearchQueries.toElasticsearch(query))
                        .sort(ElasticsearchQueries.suggestions())
                        .size(n)
                        .source(src -> src.filter(f -> f.includes(SearchFields.TITLE))),
                SOURCE);
        return response.hits().hits().stream()
                .map(hit -> (String) source(hit).get(SearchFields.TITLE))
                .toList();
    }

    /** The stored values of a keyword field of the best matches, ordered as {@link #titles}, one list per match. */
    List<List<String>> values(QueryNode query, int n, String field) throws IOException {
        @SuppressWarnings("rawtypes")
        SearchResponse<Map> response = client.search(
                s -> s.index(alias)
                        .query(ElasticsearchQueries.toElasticsearch(query))
                        .sort(ElasticsearchQueries.suggestions())
                        .size(n)
                        .source(src -> src.filter(f -> f.includes(field))),
                SOURCE);
        List<List<String>> values = new ArrayList<>();
        for (Hit<Map> hit : response.hits().hits()) {
            Object value = source(hit).get(field);
            values.add(
                    value instanceof List<?> list
                            ? list.stream().map(String::valueOf).toList()
                            : value == null ? List.of() : List.of(String.valueOf(value)));
        }
        return values;
    }

    private static Aggregation facet(String field) {
        return Aggregation.of(a -> a.terms(t -> t.field(field)
                .size(LuceneFacets.SIZE)
                .order(List.of(NamedValue.of("_count", SortOrder.Desc), NamedValue.of("_key", SortOrder.Asc)))));
    }

    private static Map<String, List<FacetValue>> counts(Map<String, Aggregate> aggregations) {
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        for (String field : SearchFields.FACETS) {
            Aggregate aggregate = aggregations.get(field);
            if (aggregate == null || !aggregate.isSterms()) {
                continue;
            }
            List<FacetValue> values = new ArrayList<>();
            for (StringTermsBucket bucket : aggregate.sterms().buckets().array()) {
                values.add(new FacetValue(bucket.key().stringValue(), bucket.docCount()));
            }
            if (!values.isEmpty()) {
                facets.put(field, values);
            }
        }
        return facets;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Map<String, Object> source(Hit<Map> hit) {
        return hit.source();
    }

    private static String cursor(SearchSort sort, Hit<?> last) {
        var values = last.sort();
        String value = sort == SearchSort.RELEVANCE
                ? Float.toString((float) values.get(0).doubleValue())
                : Long.toString(values.get(0).longValue());
        return new Cursor(sort, value, values.get(1).stringValue()).encode();
    }
}
