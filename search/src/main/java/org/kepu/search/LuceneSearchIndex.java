package org.kepu.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.AlreadyClosedException;

/**
 * The embedded engine. The live index is a {@link LuceneShard} in {@code indexDir} (or, after a rebuild, in the
 * subdirectory named by the file {@code indexDir/current}); a rebuild fills a new subdirectory while writes go to
 * both, then switches the pointer file and the live shard, and deletes the old one.
 */
final class LuceneSearchIndex implements SearchIndex {

    private static final Log log = LogFactory.getLog(LuceneSearchIndex.class);
    private static final String POINTER = "current";
    private static final int PROGRESS_EVERY = 500;

    private final LuceneSettings settings;
    private final QueryPlanner planner;
    private final PopularQueries popular;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final ReentrantLock rebuilding = new ReentrantLock();
    // Writes hold the read lock across live and building shard; the switch takes the write lock.
    private final ReentrantReadWriteLock switching = new ReentrantReadWriteLock();
    private volatile LuceneShard live;
    private volatile LuceneShard building;

    LuceneSearchIndex(LuceneSettings settings) {
        this(settings, SynonymSource.classpathDefault(), PopularQueries.NONE);
    }

    LuceneSearchIndex(LuceneSettings settings, SynonymSource synonyms, PopularQueries popular) {
        this.settings = settings;
        this.planner = new QueryPlanner(synonyms);
        this.popular = popular;
        try {
            this.live = LuceneShard.open(livePath(), settings);
        } catch (IOException | RuntimeException e) {
            throw new SearchIndexUnavailable("cannot open the search index in " + settings.indexDir(), e);
        }
        LuceneDirectories.removeStale(settings.indexDir(), live.path());
        log.info("Opened search index in " + live.path().toAbsolutePath());
    }

    private Path livePath() throws IOException {
        Path pointer = settings.indexDir().resolve(POINTER);
        return Files.exists(pointer)
                ? settings.indexDir()
                        .resolve(Files.readString(pointer, StandardCharsets.UTF_8)
                                .strip())
                : settings.indexDir();
    }

    @Override
    public void index(SearchDocument doc) {
        AnalyzedDocument analyzed = AnalyzedDocument.of(doc);
        write("cannot index " + doc.id(), shard -> shard.index(analyzed));
    }

    @Override
    public void delete(String id) {
        write("cannot delete " + id, shard -> shard.delete(id));
    }

    @Override
    public void delete(String id, long version) {
        write("cannot delete " + id, shard -> shard.delete(id, version));
    }

    private void write(String what, ShardWrite write) {
        ensureOpen(what);
        switching.readLock().lock();
        try {
            write.apply(live);
            LuceneShard next = building;
            if (next != null) {
                write.apply(next);
            }
        } catch (IOException | AlreadyClosedException e) {
            throw failure(what, e);
        } finally {
            switching.readLock().unlock();
        }
    }

    @Override
    public SearchHits search(SearchQuery query) {
        Optional<QueryPlanner.PlannedQuery> plan = planner.plan(query);
        if (plan.isEmpty()) {
            return SearchHits.empty();
        }
        return read("cannot search for " + query, searcher -> LuceneSearcher.page(searcher, plan.get(), query, true));
    }

    @Override
    public List<String> suggest(String prefix, int limit) {
        int max = Math.max(1, Math.min(limit, SearchQuery.MAX_SIZE));
        List<String> queries = popular.startingWith(prefix == null ? "" : prefix.strip(), max);
        List<String> titles = planner.suggest(prefix)
                .map(node -> read(
                        "cannot suggest for " + prefix,
                        searcher -> LuceneSearcher.titles(
                                searcher, LuceneQueries.toLucene(node), LuceneSearcher.SUGGESTIONS, max * 3)))
                .orElse(List.of());
        List<String> spoken = planner.spoken(prefix)
                .map(node -> read(
                        "cannot suggest for " + prefix,
                        searcher -> LuceneSearcher.values(
                                searcher,
                                LuceneQueries.toLucene(node),
                                LuceneSearcher.SUGGESTIONS,
                                max * 3,
                                SearchFields.SPOKEN)))
                .map(found -> Suggestions.spokenMatching(prefix, found, max))
                .orElse(List.of());
        return Suggestions.merge(queries, titles, spoken, max);
    }

    @Override
    public List<SearchHit> related(String id, int limit) {
        return read("cannot find documents related to " + id, searcher -> {
            TopDocs top = searcher.search(new TermQuery(new Term(SearchFields.ID, id)), 1);
            if (top.scoreDocs.length == 0) {
                return List.of();
            }
            Document source = searcher.storedFields().document(top.scoreDocs[0].doc);
            Optional<QueryNode> query =
                    planner.related(id, source.get(SearchFields.TITLE), source.get(SearchFields.SUMMARY));
            if (query.isEmpty()) {
                return List.of();
            }
            SearchQuery page = new SearchQuery(null, 1, limit);
            QueryPlanner.PlannedQuery plan = new QueryPlanner.PlannedQuery(query.get(), List.of());
            return LuceneSearcher.page(searcher, plan, page, false).items();
        });
    }

    @Override
    public RebuildReport rebuild(Iterator<SearchDocument> documents, RebuildProgress progress) {
        ensureOpen("cannot rebuild");
        if (!rebuilding.tryLock()) {
            throw new RebuildInProgress();
        }
        long started = System.nanoTime();
        Path target = settings.indexDir().resolve(LuceneDirectories.REBUILD_PREFIX + System.currentTimeMillis());
        try {
            building = LuceneShard.open(target, settings);
            long count = 0;
            while (documents.hasNext()) {
                building.index(AnalyzedDocument.of(documents.next()));
                if (++count % PROGRESS_EVERY == 0) {
                    progress.indexed(count);
                }
            }
            building.commit();
            building.refresh();
            progress.indexed(count);
            switchTo(building);
            log.info("Rebuilt search index with " + count + " documents in " + target.toAbsolutePath());
            return new RebuildReport(count, Duration.ofNanos(System.nanoTime() - started), target.toString());
        } catch (IOException | RuntimeException e) {
            abandon(building);
            throw e instanceof SearchIndexUnavailable unavailable ? unavailable : failure("cannot rebuild", e);
        } finally {
            building = null;
            rebuilding.unlock();
        }
    }

    private void switchTo(LuceneShard fresh) throws IOException {
        LuceneShard old;
        switching.writeLock().lock();
        try {
            Path pointer = settings.indexDir().resolve(POINTER);
            Path temporary = settings.indexDir().resolve(POINTER + ".tmp");
            Files.writeString(temporary, fresh.path().getFileName().toString(), StandardCharsets.UTF_8);
            Files.move(temporary, pointer, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            old = live;
            live = fresh;
            building = null;
        } finally {
            switching.writeLock().unlock();
        }
        LuceneDirectories.retire(old, settings.indexDir());
    }

    private void abandon(LuceneShard shard) {
        if (shard != null) {
            LuceneDirectories.retire(shard, settings.indexDir());
        }
    }

    @Override
    public long count() {
        return read("cannot count", searcher -> (long) searcher.getIndexReader().numDocs());
    }

    @Override
    public void refresh() {
        ensureOpen("cannot refresh");
        try {
            live.refresh();
        } catch (IOException | AlreadyClosedException e) {
            throw failure("cannot refresh", e);
        }
    }

    @Override
    public boolean isUsable() {
        return !closed.get() && live.isUsable();
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            live.close();
            log.info("Closed search index in " + live.path().toAbsolutePath());
        } catch (IOException e) {
            throw failure("cannot close", e);
        }
    }

    private <T> T read(String what, SearcherRead<T> read) {
        ensureOpen(what);
        LuceneShard shard = live;
        IndexSearcher searcher;
        try {
            searcher = shard.acquire();
        } catch (IOException | AlreadyClosedException e) {
            throw failure(what, e);
        }
        try {
            return read.apply(searcher);
        } catch (IOException | AlreadyClosedException e) {
            throw failure(what, e);
        } finally {
            try {
                shard.release(searcher);
            } catch (IOException | AlreadyClosedException e) {
                log.warn("Could not release a searcher", e);
            }
        }
    }

    private void ensureOpen(String what) {
        if (closed.get()) {
            throw new SearchIndexUnavailable(
                    what + ": the search index at " + settings.indexDir() + " is closed", null);
        }
    }

    private SearchIndexUnavailable failure(String what, Exception cause) {
        return new SearchIndexUnavailable(what + " in the search index at " + settings.indexDir(), cause);
    }

    @FunctionalInterface
    private interface ShardWrite {
        void apply(LuceneShard shard) throws IOException;
    }

    @FunctionalInterface
    private interface SearcherRead<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }
}
