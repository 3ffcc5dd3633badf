package org.kepu.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.List;

/**
 * Translates a {@link QueryNode} into the Elasticsearch query DSL; each node compiles on the server to the same
 * Lucene query that {@link LuceneQueries} builds, and sorts match {@link LuceneSearcher#sort}.
 */
final class ElasticsearchQueries {

    private ElasticsearchQueries() {}

    static Query toElasticsearch(QueryNode node) {
        if (node instanceof QueryNode.Term term) {
            return Query.of(
                    q -> q.term(t -> t.field(term.field()).value(term.value()).boost(term.boost())));
        }
        if (node instanceof QueryNode.Phrase phrase) {
            if (phrase.tokens().size() == 1) {
                return toElasticsearch(
                        new QueryNode.Term(phrase.field(), phrase.tokens().get(0), phrase.boost()));
            }
            return Query.of(q -> q.matchPhrase(m -> m.field(phrase.field())
                    .query(String.join(" ", phrase.tokens()))
                    .boost(phrase.boost())));
        }
        if (node instanceof QueryNode.Fuzzy fuzzy) {
            return Query.of(q -> q.fuzzy(f -> f.field(fuzzy.field())
                    .value(fuzzy.value())
                    .fuzziness(Integer.toString(fuzzy.edits()))
                    .prefixLength(0)
                    .maxExpansions(LuceneQueries.MAX_EXPANSIONS)
                    .transpositions(true)
                    .boost(fuzzy.boost())));
        }
        if (node instanceof QueryNode.Prefix prefix) {
            return Query.of(q ->
                    q.prefix(p -> p.field(prefix.field()).value(prefix.value()).boost(prefix.boost())));
        }
        if (node instanceof QueryNode.DisMax disMax) {
            return Query.of(
                    q -> q.disMax(d -> d.queries(all(disMax.alternatives())).tieBreaker((double) disMax.tieBreaker())));
        }
        if (node instanceof QueryNode.Bool bool) {
            return Query.of(q -> q.bool(b -> {
                b.must(all(bool.must()))
                        .should(all(bool.should()))
                        .mustNot(all(bool.mustNot()))
                        .filter(all(bool.filter()));
                if (bool.minimumShouldMatch() > 0) {
                    b.minimumShouldMatch(Integer.toString(bool.minimumShouldMatch()));
                }
                return b;
            }));
        }
        return Query.of(q -> q.matchAll(m -> m));
    }

    private static List<Query> all(List<QueryNode> nodes) {
        return nodes.stream().map(ElasticsearchQueries::toElasticsearch).toList();
    }

    static List<SortOptions> sort(SearchSort sort) {
        SortOptions byId =
                SortOptions.of(s -> s.field(f -> f.field(SearchFields.ID).order(SortOrder.Asc)));
        return switch (sort) {
            case RELEVANCE -> List.of(SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc))), byId);
            case NEWEST -> List.of(longDescending(SearchFields.PUBLISHED_AT), byId);
            case MOST_VIEWED -> List.of(longDescending(SearchFields.VIEW_COUNT), byId);
        };
    }

    /** Suggestions: best match, then most viewed, as {@link LuceneSearcher#SUGGESTIONS}. */
    static List<SortOptions> suggestions() {
        return List.of(
                SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc))),
                longDescending(SearchFields.VIEW_COUNT),
                SortOptions.of(s -> s.field(f -> f.field(SearchFields.ID).order(SortOrder.Asc))));
    }

    private static SortOptions longDescending(String field) {
        return SortOptions.of(
                s -> s.field(f -> f.field(field).order(SortOrder.Desc).missing("_last")));
    }

    static List<FieldValue> searchAfter(Cursor cursor) {
        FieldValue value = cursor.sort() == SearchSort.RELEVANCE
                ? FieldValue.of(cursor.number().doubleValue())
                : FieldValue.of(cursor.number().longValue());
        return List.of(value, FieldValue.of(cursor.id()));
    }
}
