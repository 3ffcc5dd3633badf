package org.kepu.content.pages;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.kepu.content.ContentChanged;
import org.kepu.content.PageGenerationAdvanced;
import org.kepu.content.notice.SiteNoticeChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A counter in the database that moves with every change readers may see ({@link ContentChanged},
 * {@link SiteNoticeChanged}), in the transaction of the change. Cached pages are valid for one generation: this portal learns of
 * its own changes right after commit and of other portals' by polling the one row, so every portal of
 * a deployment drops stale pages within {@link PageGenerationSettings#pollInterval()}.
 */
@Component
@EnableConfigurationProperties(PageGenerationSettings.class)
public class PageGeneration implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PageGeneration.class);

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final PageGenerationSettings settings;
    private final AtomicLong seen = new AtomicLong(-1);
    private final ReentrantLock lock = new ReentrantLock();
    private volatile boolean running;
    private volatile boolean polling;
    private ScheduledExecutorService poller;

    PageGeneration(JdbcClient jdbc, ApplicationEventPublisher events, PageGenerationSettings settings) {
        this.jdbc = jdbc;
        this.events = events;
        this.settings = settings;
    }

    /**
     * The generation this portal last saw; pages built now belong to it. The first call starts the polling: a
     * process that keeps no pages (a media worker) never reads the row.
     */
    public long current() {
        if (!polling) {
            startPolling();
        }
        long generation = seen.get();
        return generation >= 0 ? generation : refresh();
    }

    /** Moves the generation, in the caller's transaction if there is one. */
    public void bump() {
        jdbc.sql("update page_generation set generation = generation + 1 where id = 1")
                .update();
    }

    /** Reads the counter and tells this process's caches when it moved; returns the new value. */
    public long refresh() {
        long generation = jdbc.sql("select generation from page_generation where id = 1")
                .query(Long.class)
                .single();
        long before = seen.get();
        if (generation > before) {
            if (before >= 0) {
                events.publishEvent(new PageGenerationAdvanced(generation));
            }
            seen.accumulateAndGet(generation, Math::max);
        }
        return seen.get();
    }

    @EventListener
    void bumpWith(ContentChanged change) {
        bump();
    }

    @EventListener
    void bumpWith(SiteNoticeChanged change) {
        bump();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void afterCommit(ContentChanged change) {
        refresh();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void afterCommit(SiteNoticeChanged change) {
        refresh();
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        lock.lock();
        try {
            running = false;
            if (poller != null) {
                poller.shutdownNow();
                poller = null;
            }
            // a stopped context may be started again (Spring's test contexts are paused and resumed)
            polling = false;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    // a lock, not synchronized: request threads are virtual
    private void startPolling() {
        lock.lock();
        try {
            if (polling || !running) {
                return;
            }
            poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "page-generation");
                thread.setDaemon(true);
                return thread;
            });
            long every = settings.pollInterval().toMillis();
            poller.scheduleWithFixedDelay(this::refreshQuietly, every, every, TimeUnit.MILLISECONDS);
            polling = true;
        } finally {
            lock.unlock();
        }
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            // a database hiccup: pages stay as they are until the next poll succeeds
            log.warn("Could not read the page generation", e);
        }
    }
}
