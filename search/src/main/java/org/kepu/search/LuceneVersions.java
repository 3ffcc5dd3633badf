package org.kepu.search;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Compare-before-write for Lucene, like Elasticsearch's live version map: versions written since the last refresh
 * are kept in memory (the searcher cannot see them yet); older ones are read from the {@code version} doc values.
 * Writes of one id are serialized by a striped lock ({@link ReentrantLock}, not {@code synchronized}, so virtual
 * threads do not pin). Deletes leave a tombstone until the next refresh; after it, an older write of a deleted id
 * could return, as with Elasticsearch's {@code gc_deletes}: the durable queue runs jobs in order, so that needs a
 * write older than one refresh interval arriving after the delete.
 */
final class LuceneVersions implements ReferenceManager.RefreshListener {

    private static final int STRIPES = 64;

    private record Live(long version, boolean deleted) {}

    private final SearcherManager searchers;
    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];
    private volatile Map<String, Live> current = new ConcurrentHashMap<>();
    private volatile Map<String, Live> refreshing = Map.of();

    LuceneVersions(SearcherManager searchers) {
        this.searchers = searchers;
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock();
        }
        searchers.addListener(this);
    }

    /** Runs {@code write} if {@code version} is not older than the indexed one, holding the id's lock. */
    boolean writeIfNotOlder(String id, long version, boolean delete, IoAction write) throws IOException {
        ReentrantLock lock = locks[Math.floorMod(id.hashCode(), STRIPES)];
        lock.lock();
        try {
            if (indexedVersion(id) > version) {
                return false;
            }
            write.run();
            current.put(id, new Live(version, delete));
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Forgets the in-memory version of an id after an unconditional delete. */
    void forget(String id) {
        current.put(id, new Live(-1, true));
    }

    private long indexedVersion(String id) throws IOException {
        Live live = current.get(id);
        if (live == null) {
            live = refreshing.get(id);
        }
        if (live != null) {
            return live.version();
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs top = searcher.search(new TermQuery(new Term(SearchFields.ID, id)), 1);
            if (top.scoreDocs.length == 0) {
                return -1;
            }
            int doc = top.scoreDocs[0].doc;
            LeafReaderContext leaf =
                    searcher.getLeafContexts().get(ReaderUtil.subIndex(doc, searcher.getLeafContexts()));
            NumericDocValues versions = leaf.reader().getNumericDocValues(SearchFields.VERSION);
            return versions != null && versions.advanceExact(doc - leaf.docBase) ? versions.longValue() : 0;
        } finally {
            searchers.release(searcher);
        }
    }

    @Override
    public void beforeRefresh() {
        refreshing = current;
        current = new ConcurrentHashMap<>();
    }

    @Override
    public void afterRefresh(boolean didRefresh) {
        refreshing = Map.of();
    }

    /** A write that may throw {@link IOException}. */
    @FunctionalInterface
    interface IoAction {
        void run() throws IOException;
    }
}
