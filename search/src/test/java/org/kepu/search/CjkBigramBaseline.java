package org.kepu.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * The plain chain others use (Halo: {@link CJKAnalyzer} bigrams, an escaped query through the classic parser, OR of
 * the terms), with our field weights so only the analysis differs. The reference our chain must beat.
 */
final class CjkBigramBaseline implements AutoCloseable {

    private static final Map<String, Float> BOOSTS = Map.of(
            "title",
            3f,
            "summary",
            2f,
            "body",
            1f,
            "cues",
            SearchFields.TEXTS.get(3).boost());

    private final Directory directory = new ByteBuffersDirectory();
    private final CJKAnalyzer analyzer = new CJKAnalyzer();
    private final IndexSearcher searcher;
    private final DirectoryReader reader;

    CjkBigramBaseline(List<SearchDocument> documents) throws IOException {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (SearchDocument doc : documents) {
                Document lucene = new Document();
                lucene.add(new StringField("id", doc.id(), Field.Store.YES));
                lucene.add(new TextField("title", doc.title(), Field.Store.NO));
                lucene.add(new TextField("summary", doc.summary(), Field.Store.NO));
                lucene.add(new TextField("body", doc.body(), Field.Store.NO));
                for (SearchDocument.Cue cue : doc.cues()) {
                    lucene.add(new TextField("cues", cue.text(), Field.Store.NO));
                }
                writer.addDocument(lucene);
            }
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
    }

    List<String> search(String text, int k) throws IOException {
        MultiFieldQueryParser parser =
                new MultiFieldQueryParser(new String[] {"title", "summary", "body", "cues"}, analyzer, BOOSTS);
        Query query;
        try {
            query = parser.parse(QueryParser.escape(text));
        } catch (ParseException e) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(query, k).scoreDocs) {
            ids.add(searcher.storedFields().document(hit.doc).get("id"));
        }
        return ids;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
        analyzer.close();
    }
}
