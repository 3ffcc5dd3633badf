package org.kepu.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.core.GetResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The Elasticsearch engine. Reads and writes go through an alias; text arrives analyzed, so the mapping only splits
 * on whitespace. Writes are versioned ({@link ElasticsearchWrites}), so a late, older update never wins. Nothing is contacted at
 * construction, so the application starts while the engine is down; each call then fails fast with
 * {@link SearchIndexUnavailable}, and the index and alias are created on first success.
 */
final class ElasticsearchSearchIndex implements SearchIndex {

    private static final Log log = LogFactory.getLog(ElasticsearchSearchIndex.class);
    private static final long HEALTH_CACHE_NANOS = Duration.ofSeconds(2).toNanos();

    private final ElasticsearchSettings settings;
    private final ElasticsearchClient client;
    private final ElasticsearchIndexes indexes;
    private final ElasticsearchWrites writes;
    private final ElasticsearchSearcher searcher;
    private final QueryPlanner planner;
    private final PopularQueries popular;
    private final AtomicBoolean ready = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final ReentrantLock rebuilding = new ReentrantLock();
    private volatile String building;
    private volatile long healthCheckedAt;
    private volatile boolean healthy;

    ElasticsearchSearchIndex(ElasticsearchSettings settings, SynonymSource synonyms, PopularQueries popular) {
        this.settings = settings;
        this.client = ElasticsearchClients.create(settings);
        this.indexes = new ElasticsearchIndexes(client, settings);
        this.writes = new ElasticsearchWrites(client);
        this.searcher = new ElasticsearchSearcher(client, settings.index());
        this.planner = new QueryPlanner(synonyms);
        this.popular = popular;
    }

    @Override
    public void index(SearchDocument doc) {
        Map<String, Object> source = ElasticsearchDocuments.toSource(AnalyzedDocument.of(doc));
        call("cannot index " + doc.id(), () -> {
            writes.put(settings.index(), doc, source);
            String next = building;
            if (next != null) {
                writes.put(next, doc, source);
            }
            return null;
        });
    }

    @Override
    public void delete(String id) {
        call("cannot delete " + id, () -> {
            writes.remove(settings.index(), id, null);
            String next = building;
            if (next != null) {
                writes.remove(next, id, null);
            }
            return null;
        });
    }

    @Override
    public void delete(String id, long version) {
        call("cannot delete " + id, () -> {
            writes.remove(settings.index(), id, version);
            String next = building;
            if (next != null) {
                writes.remove(next, id, version);
            }
            return null;
        });
    }

    @Override
    public SearchHits search(SearchQuery query) {
        Optional<QueryPlanner.PlannedQuery> plan = planner.plan(query);
        if (plan.isEmpty()) {
            return SearchHits.empty();
        }
        return call("cannot search for " + query, () -> searcher.page(plan.get(), query, true));
    }

    @Override
    public List<String> suggest(String prefix, int limit) {
        int max = Math.max(1, Math.min(limit, SearchQuery.MAX_SIZE));
        List<String> queries = popular.startingWith(prefix == null ? "" : prefix.strip(), max);
        Optional<QueryNode> query = planner.suggest(prefix);
        List<String> titles = query.isEmpty()
                ? List.of()
                : call("cannot suggest for " + prefix, () -> searcher.titles(query.get(), max * 3));
        Optional<QueryNode> spokenQuery = planner.spoken(prefix);
        List<String> spoken = spokenQuery.isEmpty()
                ? List.of()
                : Suggestions.spokenMatching(
                        prefix,
                        call(
                                "cannot suggest for " + prefix,
                                () -> searcher.values(spokenQuery.get(), max * 3, SearchFields.SPOKEN)),
                        max);
        return Suggestions.merge(queries, titles, spoken, max);
    }

    @Override
    public List<SearchHit> related(String id, int limit) {
        return call("cannot find documents related to " + id, () -> {
            @SuppressWarnings("rawtypes")
            GetResponse<Map> found = client.get(g -> g.index(settings.index()).id(id), Map.class);
            if (!found.found() || found.source() == null) {
                return List.of();
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> source = found.source();
            Optional<QueryNode> query = planner.related(
                    id, (String) source.get(SearchFields.TITLE), (String) source.get(SearchFields.SUMMARY));
            if (query.isEmpty()) {
                return List.of();
            }
            QueryPlanner.PlannedQuery plan = new QueryPlanner.PlannedQuery(query.get(), List.of());
            return searcher.page(plan, new SearchQuery(null, 1, limit), false).items();
        });
    }

    @Override
    public RebuildReport rebuild(Iterator<SearchDocument> documents, RebuildProgress progress) {
        if (!rebuilding.tryLock()) {
            throw new RebuildInProgress();
        }
        long started = System.nanoTime();
        try {
            return call("cannot rebuild", () -> {
                String target = indexes.create();
                building = target;
                try {
                    long count = writes.bulkLoad(target, documents, progress);
                    client.indices().refresh(r -> r.index(target));
                    indexes.switchTo(target);
                    log.info("Rebuilt search index " + target + " with " + count + " documents");
                    return new RebuildReport(count, Duration.ofNanos(System.nanoTime() - started), target);
                } catch (IOException | RuntimeException e) {
                    indexes.delete(List.of(target));
                    throw e;
                }
            });
        } finally {
            building = null;
            rebuilding.unlock();
        }
    }

    @Override
    public long count() {
        return call(
                "cannot count",
                () -> client.count(c -> c.index(settings.index())).count());
    }

    @Override
    public void refresh() {
        call("cannot refresh", () -> client.indices().refresh(r -> r.index(settings.index())));
    }

    @Override
    public boolean isUsable() {
        if (closed.get()) {
            return false;
        }
        long now = System.nanoTime();
        if (now - healthCheckedAt > HEALTH_CACHE_NANOS) {
            healthy = checkHealth();
            healthCheckedAt = now;
        }
        return healthy;
    }

    private boolean checkHealth() {
        try {
            ensureReady();
            return client.cluster().health(h -> h.index(settings.index())).status() != HealthStatus.Red;
        } catch (IOException | RuntimeException e) {
            log.debug("Elasticsearch is not usable", e);
            return false;
        }
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                client.close();
            } catch (IOException e) {
                throw new SearchIndexUnavailable("cannot close the Elasticsearch client", e);
            }
        }
    }

    private void ensureReady() throws IOException {
        if (!ready.get()) {
            indexes.ensureAlias();
            ready.set(true);
        }
    }

    private <T> T call(String what, Call<T> call) {
        if (closed.get()) {
            throw new SearchIndexUnavailable(what + ": the search index is closed", null);
        }
        try {
            ensureReady();
            return call.run();
        } catch (IOException | ElasticsearchException e) {
            throw new SearchIndexUnavailable(
                    what + " in Elasticsearch at " + settings.uris() + " (" + settings.index() + ")", e);
        } catch (RuntimeException e) {
            if (e instanceof SearchIndexUnavailable unavailable) {
                throw unavailable;
            }
            throw new SearchIndexUnavailable(what + " in Elasticsearch at " + settings.uris(), e);
        }
    }

    @FunctionalInterface
    private interface Call<T> {
        T run() throws IOException;
    }
}
