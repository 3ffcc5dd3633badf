package org.kepu.content.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kepu.content.ContentTestApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * How a worker's death is told from its slowness, with the production heartbeat (2 s, 10 missed):
 * the job of a worker that stopped sending heartbeats is taken over within 30 s; a job that runs
 * long while its worker sends heartbeats is never taken over; a worker that finds its running job
 * taken over stops it. Real workers: application contexts on one database.
 */
class JobTakeoverTests {

    static final JobType<String> GUARDED = new JobType<>("test-guarded-job", String.class);

    static final ConcurrentHashMap<String, CountDownLatch> RELEASES = new ConcurrentHashMap<>();
    static final List<String> EVENTS = new CopyOnWriteArrayList<>();

    private final List<ConfigurableApplicationContext> workers = new CopyOnWriteArrayList<>();
    private JdbcClient queue;

    @AfterEach
    void stopWorkers() {
        RELEASES.values().forEach(CountDownLatch::countDown);
        workers.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void theJobOfAWorkerWhoseHeartbeatStoppedIsTakenOverWithinThirtySeconds() {
        startWorker("worker-b");
        String job = enqueueLater();
        // what kill -9 leaves behind: the job claimed by a process that never stamps it again
        Instant killed = Instant.now();
        queue.sql(
                        "update scheduled_tasks set picked = true, picked_by = 'killed-host#4242', last_heartbeat = :at,"
                                + " execution_time = :at, version = version + 1 where task_name = :name and task_instance = :id")
                .param("at", Timestamp.from(killed))
                .param("name", GUARDED.name())
                .param("id", job)
                .update();

        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> EVENTS.contains("worker-b started " + job));
        Duration takenOverAfter = Duration.between(killed, Instant.now());

        assertThat(takenOverAfter)
                .as("not before ten heartbeats were missed: until then the worker may only be slow")
                .isGreaterThanOrEqualTo(Duration.ofSeconds(20));
        RELEASES.get(job).countDown();
        await().atMost(Duration.ofSeconds(10)).until(() -> EVENTS.contains("worker-b finished " + job));
    }

    @Test
    void aSlowJobWhoseWorkerSendsHeartbeatsIsNeverTakenOver() {
        startWorker("worker-a");
        String job = enqueueNow(workers.get(0));
        await().atMost(Duration.ofSeconds(10)).until(() -> EVENTS.contains("worker-a started " + job));
        startWorker("worker-b");

        // longer than the 20 s after which a silent worker's job is taken over
        await().during(Duration.ofSeconds(26))
                .atMost(Duration.ofSeconds(27))
                .until(() -> EVENTS.stream().noneMatch(event -> event.startsWith("worker-b") && event.endsWith(job)));
        RELEASES.get(job).countDown();

        await().atMost(Duration.ofSeconds(10)).until(() -> EVENTS.contains("worker-a finished " + job));
        assertThat(EVENTS).filteredOn(event -> event.endsWith(job)).noneMatch(event -> event.startsWith("worker-b"));
    }

    @Test
    void aWorkerThatFindsItsRunningJobTakenOverStopsIt() {
        startWorker("worker-a");
        String job = enqueueNow(workers.get(0));
        await().atMost(Duration.ofSeconds(10)).until(() -> EVENTS.contains("worker-a started " + job));

        // what another worker's takeover does to the row (worker-a merely froze for a while)
        queue.sql("update scheduled_tasks set picked = false, picked_by = null, version = version + 1,"
                        + " execution_time = :later where task_name = :name and task_instance = :id")
                .param("later", Timestamp.from(Instant.now().plus(Duration.ofHours(1))))
                .param("name", GUARDED.name())
                .param("id", job)
                .update();

        await().atMost(Duration.ofSeconds(6)).until(() -> EVENTS.contains("worker-a interrupted " + job));
        assertThat(EVENTS).doesNotContain("worker-a finished " + job);
    }

    private void startWorker(String name) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(
                        ContentTestApplication.class, GuardedJob.class)
                .properties("kepu.test.worker=" + name)
                .run(
                        "--spring.main.web-application-type=none",
                        "--kepu.jobs.threads=1",
                        "--kepu.jobs.polling-interval=200ms",
                        "--kepu.jobs.shutdown-grace=1s");
        workers.add(context);
        if (queue == null) {
            Environment environment = context.getEnvironment();
            queue = JdbcClient.create(new DriverManagerDataSource(
                    environment.getProperty("spring.datasource.url"),
                    environment.getProperty("spring.datasource.username"),
                    environment.getProperty("spring.datasource.password")));
        }
    }

    private String enqueueNow(ConfigurableApplicationContext context) {
        String key = newKey();
        context.getBean(JobQueue.class).enqueueOnce(GUARDED, key, key);
        return key;
    }

    /** Enqueued for later, so that no worker claims it before the test set it up. */
    private String enqueueLater() {
        String key = newKey();
        workers.get(0)
                .getBean(JobQueue.class)
                .enqueueAt(GUARDED, key, key, Instant.now().plus(Duration.ofHours(1)));
        return key;
    }

    private static String newKey() {
        String key = "接管任务-" + UUID.randomUUID();
        RELEASES.put(key, new CountDownLatch(1));
        return key;
    }

    /** A job that runs until released, revived like a transcode when its worker dies. */
    @Configuration(proxyBeanMethods = false)
    static class GuardedJob {

        @Bean
        Task<String> guardedTask(Environment environment, JobSettings settings) {
            String worker = environment.getProperty("kepu.test.worker");
            return Tasks.oneTime(GUARDED.descriptor())
                    .onFailure(new FailureHandler.OnFailureRetryLater<>(Duration.ofHours(1)))
                    .onDeadExecution(Takeovers.revive(settings))
                    .execute((instance, context) -> {
                        String key = instance.getData();
                        EVENTS.add(worker + " started " + key);
                        try {
                            RELEASES.get(key).await();
                            EVENTS.add(worker + " finished " + key);
                        } catch (InterruptedException e) {
                            EVENTS.add(worker + " interrupted " + key);
                            Thread.currentThread().interrupt();
                            throw new IllegalStateException("stopped while running " + key, e);
                        }
                    });
        }
    }
}
