package org.kepu.content.views;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.kepu.content.ContentKey;
import org.kepu.content.ContentType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts page views in memory and writes them in one batch every few seconds (and at shutdown), so a
 * busy article costs one update per interval instead of one per reader. A crash loses at most one
 * interval of counts, which is acceptable for a popularity figure.
 */
@Component
@EnableConfigurationProperties(ViewSettings.class)
public class ViewCounter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ViewCounter.class);
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ViewSettings settings;
    private final Map<ContentKey, LongAdder> pending = new ConcurrentHashMap<>();
    private ScheduledExecutorService flusher;

    ViewCounter(JdbcClient jdbc, TransactionTemplate transactions, Clock clock, ViewSettings settings) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.settings = settings;
    }

    public void record(ContentKey key) {
        pending.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    /** Writes the counts gathered so far; called on a timer, at shutdown and by tests. */
    public void flush() {
        LocalDate today = LocalDate.now(clock.withZone(BEIJING));
        for (ContentKey key : pending.keySet()) {
            LongAdder adder = pending.remove(key);
            long views = adder == null ? 0 : adder.sumThenReset();
            if (views > 0) {
                write(key, today, views);
            }
        }
    }

    private void write(ContentKey key, LocalDate day, long views) {
        String table = key.type() == ContentType.VIDEO ? "video" : key.type() == ContentType.ARTICLE ? "article" : null;
        transactions.executeWithoutResult(status -> {
            if (table != null) {
                jdbc.sql("update " + table + " set view_count = view_count + :views where id = :id")
                        .param("views", views)
                        .param("id", key.id())
                        .update();
            }
            // standard MERGE: the same statement on PostgreSQL 15+ and H2
            jdbc.sql("""
                    merge into view_daily d
                    using (values (:type, :id, cast(:day as date), :views)) as v (content_type, content_id, view_day, views)
                    on d.content_type = v.content_type and d.content_id = v.content_id and d.view_day = v.view_day
                    when matched then update set views = d.views + v.views
                    when not matched then insert (content_type, content_id, view_day, views)
                        values (v.content_type, v.content_id, v.view_day, v.views)
                    """)
                    .param("type", key.type().code())
                    .param("id", key.id())
                    .param("day", day)
                    .param("views", views)
                    .update();
        });
    }

    @Override
    public void start() {
        flusher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "view-counter");
            thread.setDaemon(true);
            return thread;
        });
        long every = settings.flushInterval().toMillis();
        flusher.scheduleWithFixedDelay(this::flushQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        flusher.shutdown();
        flushQuietly();
    }

    @Override
    public boolean isRunning() {
        return flusher != null && !flusher.isShutdown();
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            log.warn("Could not write view counts; they are counted again from now on", e);
        }
    }
}
