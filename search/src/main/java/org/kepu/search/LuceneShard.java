package org.kepu.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * One index directory, shaped like Hibernate Search's Lucene backend: one long-lived {@link IndexWriter}, a
 * near-real-time {@link SearcherManager} opened from it, refreshes and commits on a schedule
 * ({@link LuceneMaintenance}), a commit at close. Text arrives analyzed ({@link AnalyzedDocument}), so the writer
 * only splits on whitespace, as Elasticsearch's {@code whitespace} analyzer does.
 */
final class LuceneShard implements AutoCloseable {

    private final Path path;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final LuceneVersions versions;
    private final LuceneMaintenance maintenance;

    private LuceneShard(
            Path path, Directory directory, IndexWriter writer, SearcherManager searchers, LuceneSettings s) {
        this.path = path;
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
        this.versions = new LuceneVersions(searchers);
        this.maintenance = LuceneMaintenance.start(s, writer, searchers);
    }

    static LuceneShard open(Path path, LuceneSettings settings) throws IOException {
        Directory directory = null;
        IndexWriter writer = null;
        try {
            Files.createDirectories(path);
            directory = FSDirectory.open(path);
            writer = new IndexWriter(
                    directory,
                    new IndexWriterConfig(whitespace())
                            .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                            .setCommitOnClose(true));
            return new LuceneShard(path, directory, writer, new SearcherManager(writer, null), settings);
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(writer, directory);
            throw e;
        }
    }

    /** Splits on whitespace and leaves Elasticsearch's gap between the values of a field, so phrases match alike. */
    private static Analyzer whitespace() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                return new TokenStreamComponents(new WhitespaceTokenizer());
            }

            @Override
            public int getPositionIncrementGap(String fieldName) {
                return SearchFields.POSITION_GAP;
            }
        };
    }

    Path path() {
        return path;
    }

    /** Writes the document unless a newer version of it is indexed; {@code false} if it was older. */
    boolean index(AnalyzedDocument doc) throws IOException {
        String id = doc.source().id();
        return versions.writeIfNotOlder(
                id,
                doc.source().version(),
                false,
                () -> writer.updateDocument(new Term(SearchFields.ID, id), LuceneDocuments.toLucene(doc)));
    }

    boolean delete(String id, long version) throws IOException {
        return versions.writeIfNotOlder(id, version, true, () -> writer.deleteDocuments(new Term(SearchFields.ID, id)));
    }

    void delete(String id) throws IOException {
        writer.deleteDocuments(new Term(SearchFields.ID, id));
        versions.forget(id);
    }

    void deleteAll() throws IOException {
        writer.deleteAll();
        writer.commit();
    }

    IndexSearcher acquire() throws IOException {
        return searchers.acquire();
    }

    void release(IndexSearcher searcher) throws IOException {
        searchers.release(searcher);
    }

    void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    void commit() throws IOException {
        writer.commit();
    }

    boolean isUsable() {
        return writer.isOpen() && writer.getTragicException() == null;
    }

    /** Stops the schedule, then closes in reverse order of opening; closing the writer commits. */
    @Override
    public void close() throws IOException {
        maintenance.stop();
        IOUtils.close(searchers, writer, directory);
    }
}
