package org.kepu.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;

/** Maps an {@link AnalyzedDocument} to a Lucene document and a stored one back to a {@link SearchHit}. */
final class LuceneDocuments {

    /** Keyword fields counted by facets or used for sorting get doc values too. */
    private static final List<String> WITH_DOC_VALUES = SearchFields.FACETS;

    private LuceneDocuments() {}

    static Document toLucene(AnalyzedDocument analyzed) {
        SearchDocument doc = analyzed.source();
        Document lucene = new Document();
        for (Map.Entry<String, String> field : analyzed.tokens().entrySet()) {
            lucene.add(new TextField(field.getKey(), field.getValue(), Field.Store.NO));
        }
        for (Map.Entry<String, List<String>> field : analyzed.cueTokens().entrySet()) {
            for (String cue : field.getValue()) {
                lucene.add(new TextField(field.getKey(), cue, Field.Store.NO));
            }
        }
        for (SearchDocument.Cue cue : analyzed.cues()) {
            lucene.add(new StoredField(SearchFields.CUE_SECONDS, cue.seconds()));
            lucene.add(new StoredField(SearchFields.CUE_TEXTS, cue.text()));
        }
        for (Map.Entry<String, List<String>> field : analyzed.keywords().entrySet()) {
            for (String value : field.getValue()) {
                lucene.add(new StringField(field.getKey(), value, Field.Store.YES));
                if (WITH_DOC_VALUES.contains(field.getKey())) {
                    lucene.add(new SortedSetDocValuesField(field.getKey(), new BytesRef(value)));
                }
            }
        }
        lucene.add(new SortedDocValuesField(SearchFields.ID, new BytesRef(doc.id())));
        lucene.add(new StoredField(SearchFields.TITLE, doc.title()));
        lucene.add(new StoredField(SearchFields.SUMMARY, doc.summary()));
        lucene.add(new StoredField(SearchFields.BODY, doc.body()));
        if (doc.url() != null) {
            lucene.add(new StoredField(SearchFields.URL, doc.url()));
        }
        if (doc.publishedAt() != null) {
            long millis = doc.publishedAt().toEpochMilli();
            lucene.add(new LongPoint(SearchFields.PUBLISHED_AT, millis));
            lucene.add(new NumericDocValuesField(SearchFields.PUBLISHED_AT, millis));
            lucene.add(new StoredField(SearchFields.PUBLISHED_AT, millis));
        }
        lucene.add(new NumericDocValuesField(SearchFields.VIEW_COUNT, doc.viewCount()));
        lucene.add(new StoredField(SearchFields.VIEW_COUNT, doc.viewCount()));
        lucene.add(new NumericDocValuesField(SearchFields.VERSION, doc.version()));
        return lucene;
    }

    static SearchHit toHit(Document stored, List<String> highlights) {
        Number published = stored.getField(SearchFields.PUBLISHED_AT) == null
                ? null
                : stored.getField(SearchFields.PUBLISHED_AT).numericValue();
        Number views = stored.getField(SearchFields.VIEW_COUNT) == null
                ? 0L
                : stored.getField(SearchFields.VIEW_COUNT).numericValue();
        return new SearchHit(
                stored.get(SearchFields.ID),
                stored.get(SearchFields.TYPE),
                stored.get(SearchFields.TITLE),
                stored.get(SearchFields.URL),
                Snippets.of(stored.get(SearchFields.SUMMARY), stored.get(SearchFields.BODY), highlights),
                stored.get(SearchFields.COLUMN),
                Arrays.asList(stored.getValues(SearchFields.AUDIENCE)),
                stored.get(SearchFields.TOWN),
                published == null ? null : Instant.ofEpochMilli(published.longValue()),
                views.longValue(),
                stored.get(SearchFields.LANG),
                Moments.of(cues(stored), highlights));
    }

    private static List<SearchDocument.Cue> cues(Document stored) {
        IndexableField[] seconds = stored.getFields(SearchFields.CUE_SECONDS);
        String[] texts = stored.getValues(SearchFields.CUE_TEXTS);
        List<SearchDocument.Cue> cues = new ArrayList<>(texts.length);
        for (int i = 0; i < texts.length && i < seconds.length; i++) {
            cues.add(new SearchDocument.Cue(seconds[i].numericValue().intValue(), texts[i]));
        }
        return cues;
    }
}
