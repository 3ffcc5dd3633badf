package org.kepu.search;

import java.util.List;

/**
 * An engine-neutral query tree. {@link QueryPlanner} builds it once; {@code LuceneQueries} and
 * {@code ElasticsearchQueries} translate it node by node into the same Lucene queries (Elasticsearch's term,
 * match_phrase, fuzzy, prefix, dis_max and bool compile to exactly these), which is why both engines rank alike.
 */
sealed interface QueryNode {

    /** The exact token in the field. */
    record Term(String field, String value, float boost) implements QueryNode {}

    /** The tokens next to each other, in order. */
    record Phrase(String field, List<String> tokens, float boost) implements QueryNode {
        public Phrase {
            tokens = List.copyOf(tokens);
        }
    }

    /** Tokens within {@code edits} edits (a transposition counts as one). */
    record Fuzzy(String field, String value, int edits, float boost) implements QueryNode {}

    /** Keyword values starting with the prefix; constant score. */
    record Prefix(String field, String value, float boost) implements QueryNode {}

    /** The best of the alternatives, plus {@code tieBreaker} times the others. */
    record DisMax(List<QueryNode> alternatives, float tieBreaker) implements QueryNode {
        public DisMax {
            alternatives = List.copyOf(alternatives);
        }
    }

    /** Boolean combination; {@code filter} clauses restrict without scoring. */
    record Bool(
            List<QueryNode> must,
            List<QueryNode> should,
            int minimumShouldMatch,
            List<QueryNode> mustNot,
            List<QueryNode> filter)
            implements QueryNode {
        public Bool {
            must = List.copyOf(must);
            should = List.copyOf(should);
            mustNot = List.copyOf(mustNot);
            filter = List.copyOf(filter);
        }
    }

    /** Every document. */
    record MatchAll() implements QueryNode {}
}
