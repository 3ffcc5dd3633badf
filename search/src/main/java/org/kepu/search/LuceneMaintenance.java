package org.kepu.search;

import java.io.IOException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.SearcherManager;

/**
 * The periodic work of an open index: reopen searchers so writes become visible, and commit when there are
 * uncommitted changes so they survive a crash. Failures are logged and retried on the next tick, because an
 * exception would silently cancel a scheduled task.
 */
final class LuceneMaintenance {

    private static final Log log = LogFactory.getLog(LuceneMaintenance.class);

    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ScheduledExecutorService scheduler;

    private LuceneMaintenance(IndexWriter writer, SearcherManager searchers, ScheduledExecutorService scheduler) {
        this.writer = writer;
        this.searchers = searchers;
        this.scheduler = scheduler;
    }

    static LuceneMaintenance start(LuceneSettings settings, IndexWriter writer, SearcherManager searchers) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "kepu-search-lucene");
            thread.setDaemon(true);
            return thread;
        });
        LuceneMaintenance maintenance = new LuceneMaintenance(writer, searchers, scheduler);
        long refresh = settings.refreshInterval().toMillis();
        long commit = settings.commitInterval().toMillis();
        scheduler.scheduleWithFixedDelay(maintenance::refresh, refresh, refresh, TimeUnit.MILLISECONDS);
        scheduler.scheduleWithFixedDelay(maintenance::commit, commit, commit, TimeUnit.MILLISECONDS);
        return maintenance;
    }

    private void refresh() {
        try {
            searchers.maybeRefresh();
        } catch (IOException | RuntimeException e) {
            log.warn("Could not refresh the search index; will retry", e);
        }
    }

    private void commit() {
        try {
            if (writer.hasUncommittedChanges()) {
                writer.commit();
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Could not commit the search index; will retry", e);
        }
    }

    /** Cancels the schedule and waits for a running refresh or commit, so closing cannot race with them. */
    void stop() {
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(30, TimeUnit.SECONDS)) {
                log.warn("Search index maintenance did not stop within 30s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
