package org.kepu.search;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * The embedded engine, shaped like Hibernate Search's Lucene backend: one long-lived {@link IndexWriter} per
 * directory, a near-real-time {@link SearcherManager} opened from it, refreshes and commits on a schedule
 * ({@link LuceneMaintenance}), and a commit at close.
 */
final class LuceneSearchIndex implements SearchIndex {

    private static final Log log = LogFactory.getLog(LuceneSearchIndex.class);

    /** Deepest result a query can page to, as Elasticsearch's default {@code max_result_window}. */
    static final int MAX_WINDOW = 10_000;

    private final LuceneSettings settings;
    private final Analyzer analyzer;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final LuceneHighlighter highlighter;
    private final LuceneMaintenance maintenance;
    private final AtomicBoolean closed = new AtomicBoolean();

    LuceneSearchIndex(LuceneSettings settings) {
        this.settings = settings;
        this.analyzer = new ChineseAnalyzer();
        Directory openedDirectory = null;
        IndexWriter openedWriter = null;
        try {
            Files.createDirectories(settings.indexDir());
            openedDirectory = FSDirectory.open(settings.indexDir());
            openedWriter = new IndexWriter(openedDirectory, writerConfig(analyzer));
            this.searchers = new SearcherManager(openedWriter, null);
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(openedWriter, openedDirectory, analyzer);
            throw new SearchIndexUnavailable("cannot open the search index in " + settings.indexDir(), e);
        }
        this.directory = openedDirectory;
        this.writer = openedWriter;
        this.highlighter = new LuceneHighlighter(analyzer);
        this.maintenance = LuceneMaintenance.start(settings, writer, searchers);
        log.info("Opened search index in " + settings.indexDir().toAbsolutePath());
    }

    private static IndexWriterConfig writerConfig(Analyzer analyzer) {
        return new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setCommitOnClose(true);
    }

    @Override
    public void index(SearchDocument doc) {
        try {
            writer.updateDocument(new Term(SearchFields.ID, doc.id()), LuceneDocuments.toLucene(doc));
        } catch (IOException | AlreadyClosedException e) {
            throw failure("cannot index " + doc.id(), e);
        }
    }

    @Override
    public void delete(String id) {
        try {
            writer.deleteDocuments(new Term(SearchFields.ID, id));
        } catch (IOException | AlreadyClosedException e) {
            throw failure("cannot delete " + id, e);
        }
    }

    @Override
    public SearchHits search(SearchQuery query) {
        Optional<Query> lucene = query.isBlank() ? Optional.empty() : LuceneQueries.forText(query.text());
        if (lucene.isEmpty()) {
            return SearchHits.empty();
        }
        IndexSearcher searcher = acquire();
        try {
            return page(searcher, lucene.get(), query);
        } catch (IOException e) {
            throw failure("cannot search for " + query, e);
        } finally {
            release(searcher);
        }
    }

    private SearchHits page(IndexSearcher searcher, Query query, SearchQuery request) throws IOException {
        int wanted = (int) Math.min(request.offset() + request.size(), MAX_WINDOW);
        // Count every hit (no early termination) so the total stays the same from page to page.
        TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(wanted, null, Integer.MAX_VALUE));
        int from = (int) Math.min(request.offset(), top.scoreDocs.length);
        int[] docIds = Arrays.stream(top.scoreDocs, from, top.scoreDocs.length)
                .mapToInt(hit -> hit.doc)
                .toArray();
        String[] snippets = highlighter.highlight(searcher, query, docIds);
        StoredFields stored = searcher.storedFields();
        List<SearchHit> items = new ArrayList<>(docIds.length);
        for (int i = 0; i < docIds.length; i++) {
            items.add(LuceneDocuments.toHit(stored.document(docIds[i]), snippets[i]));
        }
        return new SearchHits(top.totalHits.value, items);
    }

    @Override
    public long count() {
        IndexSearcher searcher = acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            release(searcher);
        }
    }

    @Override
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException | AlreadyClosedException e) {
            throw failure("cannot refresh", e);
        }
    }

    @Override
    public boolean isUsable() {
        return !closed.get() && writer.isOpen() && writer.getTragicException() == null;
    }

    /** Stops the schedule, then closes in reverse order of opening; closing the writer commits. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        maintenance.stop();
        try {
            IOUtils.close(searchers, writer, directory, analyzer);
            log.info("Closed search index in " + settings.indexDir().toAbsolutePath());
        } catch (IOException e) {
            throw failure("cannot close", e);
        }
    }

    private IndexSearcher acquire() {
        try {
            return searchers.acquire();
        } catch (IOException | AlreadyClosedException e) {
            throw failure("cannot open a searcher", e);
        }
    }

    private void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw failure("cannot release a searcher", e);
        }
    }

    private SearchIndexUnavailable failure(String what, Exception cause) {
        return new SearchIndexUnavailable(what + " in the search index at " + settings.indexDir(), cause);
    }
}
