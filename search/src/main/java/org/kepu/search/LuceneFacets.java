package org.kepu.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts the keyword values of every matching document, per facet field, from sorted-set doc values; ordered like
 * Elasticsearch's terms aggregation (count descending, then value) and cut at {@value #SIZE} values.
 */
final class LuceneFacets implements CollectorManager<LuceneFacets.Counter, Map<String, List<FacetValue>>> {

    /** Values per facet, as the {@code size} of the Elasticsearch terms aggregation. */
    static final int SIZE = 50;

    @Override
    public Counter newCollector() {
        return new Counter();
    }

    @Override
    public Map<String, List<FacetValue>> reduce(Collection<Counter> counters) throws IOException {
        Map<String, Map<String, Long>> totals = new LinkedHashMap<>();
        for (Counter counter : counters) {
            counter.flush();
            counter.totals.forEach((field, values) -> values.forEach((value, count) ->
                    totals.computeIfAbsent(field, f -> new HashMap<>()).merge(value, count, Long::sum)));
        }
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        totals.entrySet().removeIf(field -> field.getValue().isEmpty());
        totals.forEach((field, values) -> facets.put(
                field,
                values.entrySet().stream()
                        .map(e -> new FacetValue(e.getKey(), e.getValue()))
                        .sorted(Comparator.comparingLong(FacetValue::count)
                                .reversed()
                                .thenComparing(FacetValue::value))
                        .limit(SIZE)
                        .toList()));
        return facets;
    }

    /** Counts ordinals per segment and turns them into values when the segment is done. */
    static final class Counter extends SimpleCollector {

        private final Map<String, Map<String, Long>> totals = new HashMap<>();
        private final List<SortedSetDocValues> values = new ArrayList<>();
        private final List<long[]> counts = new ArrayList<>();

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            flush();
            for (String field : SearchFields.FACETS) {
                SortedSetDocValues docValues = DocValues.getSortedSet(context.reader(), field);
                values.add(docValues);
                counts.add(new long[(int) docValues.getValueCount()]);
            }
        }

        @Override
        public void collect(int doc) throws IOException {
            for (int f = 0; f < values.size(); f++) {
                SortedSetDocValues docValues = values.get(f);
                if (docValues.advanceExact(doc)) {
                    long[] fieldCounts = counts.get(f);
                    for (int i = 0; i < docValues.docValueCount(); i++) {
                        fieldCounts[(int) docValues.nextOrd()]++;
                    }
                }
            }
        }

        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        void flush() throws IOException {
            for (int f = 0; f < values.size(); f++) {
                Map<String, Long> field = totals.computeIfAbsent(SearchFields.FACETS.get(f), k -> new HashMap<>());
                long[] fieldCounts = counts.get(f);
                for (int ord = 0; ord < fieldCounts.length; ord++) {
                    if (fieldCounts[ord] > 0) {
                        field.merge(values.get(f).lookupOrd(ord).utf8ToString(), fieldCounts[ord], Long::sum);
                    }
                }
            }
            values.clear();
            counts.clear();
        }
    }
}
