package org.kepu.search;

import java.util.List;

/**
 * A hook for suggestions from what people searched for; the portal can back it with its search log. The default
 * offers none.
 */
@FunctionalInterface
public interface PopularQueries {

    /** No popular queries. */
    PopularQueries NONE = (prefix, limit) -> List.of();

    /** Popular queries that start with {@code prefix}, most popular first, at most {@code limit}. */
    List<String> startingWith(String prefix, int limit);
}
