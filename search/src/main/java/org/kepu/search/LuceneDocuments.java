package org.kepu.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/** Maps a {@link SearchDocument} to a Lucene document and a stored one back to a {@link SearchHit}. */
final class LuceneDocuments {

    /** Stored text with offsets in the postings, so the highlighter need not re-analyze long bodies. */
    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

    private LuceneDocuments() {}

    static Document toLucene(SearchDocument doc) {
        Document lucene = new Document();
        lucene.add(new StringField(SearchFields.ID, doc.id(), Field.Store.YES));
        keyword(lucene, SearchFields.TYPE, doc.type(), Field.Store.YES);
        lucene.add(new Field(SearchFields.TITLE, doc.title(), TEXT_WITH_OFFSETS));
        lucene.add(new Field(SearchFields.SUMMARY, doc.summary(), TEXT_WITH_OFFSETS));
        lucene.add(new Field(SearchFields.BODY, doc.body(), TEXT_WITH_OFFSETS));
        if (doc.url() != null) {
            lucene.add(new StoredField(SearchFields.URL, doc.url()));
        }
        keyword(lucene, SearchFields.COLUMN, doc.column(), Field.Store.NO);
        keyword(lucene, SearchFields.TOWN, doc.town(), Field.Store.NO);
        doc.audiences().forEach(audience -> keyword(lucene, SearchFields.AUDIENCE, audience, Field.Store.NO));
        if (doc.publishedAt() != null) {
            long millis = doc.publishedAt().toEpochMilli();
            lucene.add(new LongPoint(SearchFields.PUBLISHED_AT, millis));
            lucene.add(new NumericDocValuesField(SearchFields.PUBLISHED_AT, millis));
        }
        return lucene;
    }

    static SearchHit toHit(Document stored, String highlight) {
        return new SearchHit(
                stored.get(SearchFields.ID),
                stored.get(SearchFields.TYPE),
                stored.get(SearchFields.TITLE),
                stored.get(SearchFields.URL),
                highlight);
    }

    // Indexed for filters and sorted-set doc values for the facets of a later issue.
    private static void keyword(Document lucene, String field, String value, Field.Store store) {
        if (value == null || value.isBlank()) {
            return;
        }
        lucene.add(new StringField(field, value, store));
        lucene.add(new SortedSetDocValuesField(field, new BytesRef(value)));
    }

    private static FieldType textWithOffsets() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
