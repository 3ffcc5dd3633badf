package org.kepu.search;

import java.util.ArrayList;
import java.util.List;
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

    private static void add(List<QueryNode> clauses, String field, String value) {
        if (value != null) {
            clauses.add(new Term(field, value, 1f));
        }
    }
}
