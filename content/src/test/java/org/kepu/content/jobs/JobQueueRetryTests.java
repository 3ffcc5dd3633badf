package org.kepu.content.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kepu.content.ContentTestApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link JobQueue#retryNow}: the jobs that failed and wait out their back-off run now; jobs that
 * are due later for their own reasons (a scheduled publication) or running stay as they are.
 */
@SpringBootTest(classes = ContentTestApplication.class)
class JobQueueRetryTests {

    // no process here has a handler for it, so nothing claims these jobs while the test looks
    static final JobType<String> WAITING = new JobType<>("test-waiting-job", String.class);

    @Autowired
    JobQueue jobs;

    @Autowired
    JdbcClient db;

    @Test
    void failedJobsWaitingOutTheirBackoffAreMovedToNow() {
        Instant later = Instant.now().plus(Duration.ofMinutes(25)).truncatedTo(ChronoUnit.MILLIS);
        String failed = enqueue(later, 9, false);
        String failedToo = enqueue(later, 1, false);
        String scheduled = enqueue(later, 0, false);
        String running = enqueue(later, 3, true);

        Instant before = Instant.now();
        int moved = jobs.retryNow(WAITING);

        assertThat(moved).isEqualTo(2);
        assertThat(executionTime(failed)).isBetween(before.minusSeconds(1), Instant.now());
        assertThat(executionTime(failedToo)).isBetween(before.minusSeconds(1), Instant.now());
        assertThat(executionTime(scheduled))
                .as("never failed: due later on purpose")
                .isEqualTo(later);
        assertThat(executionTime(running)).as("running: left to its worker").isEqualTo(later);
        assertThat(jobs.retryNow(WAITING)).as("nothing waits any more").isZero();
    }

    private String enqueue(Instant when, int failures, boolean picked) {
        String key = "待重试-" + UUID.randomUUID();
        jobs.enqueueAt(WAITING, key, key, when);
        db.sql("update scheduled_tasks set consecutive_failures = :failures, picked = :picked"
                        + " where task_name = :name and task_instance = :id")
                .param("failures", failures)
                .param("picked", picked)
                .param("name", WAITING.name())
                .param("id", key)
                .update();
        return key;
    }

    private Instant executionTime(String key) {
        return db.sql("select execution_time from scheduled_tasks where task_name = :name and task_instance = :id")
                .param("name", WAITING.name())
                .param("id", key)
                .query(Timestamp.class)
                .single()
                .toInstant();
    }
}
