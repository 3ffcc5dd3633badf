package org.kepu.content.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * What a worker does with its jobs when it is told to stop (SIGTERM closes the application
 * context): it claims nothing new, lets a running job finish within the grace, and hands a job
 * that runs longer back to the queue, where another worker completes it. Real workers: two
 * application contexts on one database, each with its own db-scheduler.
 */
class JobWorkersShutdownTests {

    static final JobType<String> SLOW = new JobType<>("test-slow-job", String.class);

    /** Per job key: released by the test to let the job finish. */
    static final ConcurrentHashMap<String, CountDownLatch> RELEASES = new ConcurrentHashMap<>();

    /** Which worker started and finished which job, in order. */
    static final List<String> EVENTS = new CopyOnWriteArrayList<>();

    private final List<ConfigurableApplicationContext> workers = new CopyOnWriteArrayList<>();

    /** Reads the queue table without any worker's pool, which closes with its worker. */
    private JdbcClient queue;

    @AfterEach
    void stopWorkers() {
        RELEASES.values().forEach(CountDownLatch::countDown);
        workers.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void aStoppingWorkerTakesNoNewJobAndLetsItsRunningJobFinish() {
        ConfigurableApplicationContext worker = startWorker("worker-a", "1m");
        String running = enqueue(worker);
        await().atMost(Duration.ofSeconds(30)).until(() -> EVENTS.contains("worker-a started " + running));

        CompletableFuture<Void> stopping = CompletableFuture.runAsync(worker::close);
        await().atMost(Duration.ofSeconds(30)).until(() -> !jobWorkers(worker).isUsable());
        String later = enqueue(worker);
        RELEASES.get(running).countDown();
        stopping.join();

        assertThat(EVENTS).contains("worker-a finished " + running);
        assertThat(EVENTS).noneMatch(event -> event.contains(later));
        assertThat(stillQueued(running)).as("a finished job leaves the queue").isZero();
        assertThat(stillQueued(later))
                .as("the job that came in during shutdown waits for another worker")
                .isOne();

        startWorker("worker-b", "1m");
        RELEASES.get(later).countDown();
        await().atMost(Duration.ofSeconds(30)).until(() -> EVENTS.contains("worker-b finished " + later));
    }

    @Test
    void aJobRunningPastTheGraceIsHandedBackAndAnotherWorkerCompletesIt() {
        ConfigurableApplicationContext worker = startWorker("worker-a", "1s");
        String job = enqueue(worker);
        await().atMost(Duration.ofSeconds(30)).until(() -> EVENTS.contains("worker-a started " + job));

        worker.close();

        assertThat(EVENTS).contains("worker-a interrupted " + job).doesNotContain("worker-a finished " + job);
        assertThat(stillQueued(job)).as("handed back, not lost").isOne();
        assertThat(queue.sql("select picked from scheduled_tasks where task_instance = :key")
                        .param("key", job)
                        .query(Boolean.class)
                        .single())
                .as("released at once, not left for the missed-heartbeat takeover")
                .isFalse();

        startWorker("worker-b", "1m");
        await().atMost(Duration.ofSeconds(30)).until(() -> EVENTS.contains("worker-b started " + job));
        RELEASES.get(job).countDown();
        await().atMost(Duration.ofSeconds(30)).until(() -> EVENTS.contains("worker-b finished " + job));
        assertThat(stillQueued(job)).isZero();
    }

    private ConfigurableApplicationContext startWorker(String name, String grace) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(
                        ContentTestApplication.class, SlowJob.class)
                .properties("kepu.test.worker=" + name)
                .run(
                        "--spring.main.web-application-type=none",
                        "--kepu.jobs.threads=1",
                        "--kepu.jobs.polling-interval=200ms",
                        "--kepu.jobs.shutdown-grace=" + grace);
        workers.add(context);
        if (queue == null) {
            var environment = context.getEnvironment();
            queue = JdbcClient.create(new DriverManagerDataSource(
                    environment.getProperty("spring.datasource.url"),
                    environment.getProperty("spring.datasource.username"),
                    environment.getProperty("spring.datasource.password")));
        }
        return context;
    }

    private String enqueue(ConfigurableApplicationContext context) {
        String key = "慢任务-" + UUID.randomUUID();
        RELEASES.put(key, new CountDownLatch(1));
        context.getBean(JobQueue.class).enqueueOnce(SLOW, key, key);
        return key;
    }

    private long stillQueued(String key) {
        return queue.sql("select count(*) from scheduled_tasks where task_name = :name and task_instance = :key")
                .param("name", SLOW.name())
                .param("key", key)
                .query(Long.class)
                .single();
    }

    private static JobWorkers jobWorkers(ConfigurableApplicationContext context) {
        return context.getBean(JobWorkers.class);
    }

    /** A job that runs until the test releases it, and tells which worker ran it. */
    @Configuration(proxyBeanMethods = false)
    static class SlowJob {

        @Bean
        Task<String> slowTask(org.springframework.core.env.Environment environment) {
            String worker = environment.getProperty("kepu.test.worker");
            return Tasks.oneTime(SLOW.descriptor())
                    .onFailure(new FailureHandler.OnFailureRetryLater<>(Duration.ZERO))
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
