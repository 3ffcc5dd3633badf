package org.kepu.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.util.BytesRef;

/** Runs a planned query on one searcher: one page in the requested order, facets over all matches. */
final class LuceneSearcher {

    private static final SortField BY_ID = new SortField(SearchFields.ID, SortField.Type.STRING);

    /** Suggestions: best match, then most viewed. */
    static final Sort SUGGESTIONS =
            new Sort(SortField.FIELD_SCORE, new SortField(SearchFields.VIEW_COUNT, SortField.Type.LONG, true), BY_ID);

    private LuceneSearcher() {}

    /**
     * One page of hits.
     *
     * @param facets whether to count facets (a second collector over all matches)
     */
    static SearchHits page(IndexSearcher searcher, QueryPlanner.PlannedQuery plan, SearchQuery request, boolean facets)
            throws IOException {
        Query query = LuceneQueries.toLucene(plan.query());
        Optional<Cursor> after = Cursor.decode(request.after(), request.sort());
        long offset = after.isPresent() ? 0 : request.offset();
        int wanted = (int) Math.min(offset + request.size(), SearchQuery.MAX_WINDOW);
        // Count every hit (no early termination) so the total stays the same from page to page.
        TopFieldCollectorManager top = new TopFieldCollectorManager(
                sort(request.sort()),
                Math.max(1, wanted),
                after.map(LuceneSearcher::fieldDoc).orElse(null),
                Integer.MAX_VALUE);
        TopDocs docs;
        Map<String, List<FacetValue>> counts = Map.of();
        if (facets) {
            Object[] results = searcher.search(query, new MultiCollectorManager(top, new LuceneFacets()));
            docs = (TopDocs) results[0];
            @SuppressWarnings("unchecked")
            Map<String, List<FacetValue>> facetCounts = (Map<String, List<FacetValue>>) results[1];
            counts = facetCounts;
        } else {
            docs = searcher.search(query, top);
        }
        int from = (int) Math.min(offset, docs.scoreDocs.length);
        List<SearchHit> items = new ArrayList<>();
        StoredFields stored = searcher.storedFields();
        for (int i = from; i < docs.scoreDocs.length; i++) {
            items.add(LuceneDocuments.toHit(stored.document(docs.scoreDocs[i].doc), plan.highlights()));
        }
        String next = null;
        if (!items.isEmpty() && from + items.size() == wanted && docs.totalHits.value > offset + items.size()) {
            next = cursor(request.sort(), (FieldDoc) docs.scoreDocs[docs.scoreDocs.length - 1]);
        }
        return new SearchHits(docs.totalHits.value, items, counts, next);
    }

    /** The stored values of a field of the best matches in the given order, one list per match. */
    static List<List<String>> values(IndexSearcher searcher, Query query, Sort sort, int n, String field)
            throws IOException {
        TopDocs docs = searcher.search(query, n, sort);
        List<List<String>> values = new ArrayList<>();
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc doc : docs.scoreDocs) {
            values.add(List.of(stored.document(doc.doc, Set.of(field)).getValues(field)));
        }
        return values;
    }

    /** Stored titles of the best matches in the given order. */
    static List<String> titles(IndexSearcher searcher, Query query, Sort sort, int n) throws IOException {
        TopDocs docs = searcher.search(query, n, sort);
        List<String> titles = new ArrayList<>();
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc doc : docs.scoreDocs) {
            titles.add(stored.document(doc.doc).get(SearchFields.TITLE));
        }
        return titles;
    }

    static Sort sort(SearchSort sort) {
        return switch (sort) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, BY_ID);
            case NEWEST -> new Sort(longDescending(SearchFields.PUBLISHED_AT), BY_ID);
            case MOST_VIEWED -> new Sort(longDescending(SearchFields.VIEW_COUNT), BY_ID);
        };
    }

    // Documents without the value come last, as in Elasticsearch.
    private static SortField longDescending(String field) {
        SortField sortField = new SortField(field, SortField.Type.LONG, true);
        sortField.setMissingValue(Long.MIN_VALUE);
        return sortField;
    }

    private static FieldDoc fieldDoc(Cursor cursor) {
        Object[] fields = {cursor.number(), new BytesRef(cursor.id())};
        float score = cursor.sort() == SearchSort.RELEVANCE ? cursor.number().floatValue() : Float.NaN;
        return new FieldDoc(Integer.MAX_VALUE, score, fields);
    }

    private static String cursor(SearchSort sort, FieldDoc last) {
        Object value = last.fields[0];
        String id = ((BytesRef) last.fields[1]).utf8ToString();
        return new Cursor(sort, String.valueOf(value), id).encode();
    }
}
