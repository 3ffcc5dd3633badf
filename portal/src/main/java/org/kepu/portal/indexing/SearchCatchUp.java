package org.kepu.portal.indexing;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.kepu.content.jobs.JobQueue;
import org.kepu.content.jobs.Jobs;
import org.kepu.search.SearchIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Watches the search engine and, when it answers again after it was seen down, moves the index
 * jobs waiting out their back-off to now: the index catches up within seconds of the engine's
 * return, however long the outage was. Each portal watches; a second retry of the same jobs is
 * harmless.
 */
class SearchCatchUp implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SearchCatchUp.class);

    private final SearchIndex index;
    private final JobQueue queue;
    private final Duration every;
    private volatile ScheduledExecutorService watcher;
    // true at start: jobs may have failed before this process started
    private volatile boolean behind = true;

    SearchCatchUp(SearchIndex index, JobQueue queue, Duration every) {
        this.index = index;
        this.queue = queue;
        this.every = every;
    }

    /** Looks once: remembers an engine that is down, retries the waiting jobs when it is back. */
    void check() {
        if (!index.isUsable()) {
            behind = true;
            return;
        }
        if (behind) {
            int moved = queue.retryNow(Jobs.INDEX_CONTENT);
            behind = false;
            if (moved > 0) {
                log.info("The search engine answers again: {} waiting index jobs retried now", moved);
            }
        }
    }

    private void checkQuietly() {
        try {
            check();
        } catch (RuntimeException e) {
            // e.g. the database is away too: stay behind, look again at the next turn
            behind = true;
            log.warn("Could not retry the waiting index jobs", e);
        }
    }

    @Override
    public void start() {
        watcher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "search-catch-up");
            thread.setDaemon(true);
            return thread;
        });
        long millis = every.toMillis();
        watcher.scheduleWithFixedDelay(this::checkQuietly, millis, millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService current = watcher;
        if (current != null) {
            current.shutdownNow();
            watcher = null;
        }
    }

    @Override
    public boolean isRunning() {
        return watcher != null;
    }
}
