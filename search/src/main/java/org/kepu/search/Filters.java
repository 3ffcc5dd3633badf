package org.kepu.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kepu.search.QueryNode.Bool;
import org.kepu.search.QueryNode.MatchAll;
import org.kepu.search.QueryNode.Term;

/** {@link SearchFilters} as filter clauses on keyword fields. */
final class Filters {

    private Filters() {}

    static List<QueryNode> of(SearchFilters filters) {
        List<QueryNode> clauses = new ArrayList<>();
        add(clauses, SearchFields.TYPE, filters.type());
        add(clauses, SearchFields.COLUMN, filters.column());
        add(clauses, SearchFields.AUDIENCE, filters.audience());
        add(clauses, SearchFields.TOWN, filters.town());
        add(
                clauses,
                SearchFields.YEAR,
                filters.year() == null ? null : filters.year().toString());
        return clauses;
    }

    /**
     * Documents in the language. Chinese is "not Mongolian", so documents indexed before languages existed (no
     * {@code lang} value) count as Chinese until the next rebuild; a third language must be excluded here too.
     */
    static Optional<QueryNode> language(String lang) {
        if (lang == null) {
            return Optional.empty();
        }
        if (SearchDocument.CHINESE.equals(lang)) {
            QueryNode mongolian = new Term(SearchFields.LANG, SearchDocument.MONGOLIAN, 1f);
            return Optional.of(new Bool(List.of(new MatchAll()), List.of(), 0, List.of(mongolian), List.of()));
        }
        // a document in another language counts too when it has caption cues in this one (a Chinese video's
        // Mongolian track): its moments answer the query
        QueryNode own = new Term(SearchFields.LANG, lang, 1f);
        QueryNode spoken = new Term(SearchFields.CUE_LANG, lang, 1f);
        return Optional.of(new Bool(List.of(), List.of(own, spoken), 1, List.of(), List.of()));
    }

    private static void add(List<QueryNode> clauses, String field, String value) {
        if (value != null) {
            clauses.add(new Term(field, value, 1f));
        }
    }
}
