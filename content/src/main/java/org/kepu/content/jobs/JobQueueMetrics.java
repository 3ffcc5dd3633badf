package org.kepu.content.jobs;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The queue as the whole cluster sees it: {@code kepu.jobs.waiting} (due, not yet claimed) and
 * {@code kepu.jobs.running} (claimed by some worker). Every process reports the same numbers.
 */
class JobQueueMetrics implements MeterBinder {

    private final JdbcClient jdbc;

    JobQueueMetrics(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** Due jobs that no worker has claimed yet. */
    public long waiting() {
        return jdbc.sql("select count(*) from scheduled_tasks where picked = false and execution_time <= :now")
                .param("now", Timestamp.from(Instant.now()))
                .query(Long.class)
                .single();
    }

    /** Jobs some worker is running now. */
    public long running() {
        return jdbc.sql("select count(*) from scheduled_tasks where picked = true")
                .query(Long.class)
                .single();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("kepu.jobs.waiting", this, JobQueueMetrics::waitingOrNaN)
                .description("Due jobs not yet claimed by a worker (queue depth)")
                .register(registry);
        Gauge.builder("kepu.jobs.running", this, JobQueueMetrics::runningOrNaN)
                .description("Jobs claimed by a worker")
                .register(registry);
    }

    // a scrape while the database is down reports "no value" instead of failing the whole scrape
    private double waitingOrNaN() {
        try {
            return waiting();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    private double runningOrNaN() {
        try {
            return running();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
