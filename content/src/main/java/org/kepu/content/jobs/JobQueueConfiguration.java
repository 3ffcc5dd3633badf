package org.kepu.content.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JobSettings.class)
class JobQueueConfiguration {

    // a century: db-scheduler subtracts it from the clock, so ChronoUnit.FOREVER would overflow
    private static final Duration NEVER = Duration.ofDays(36_500);

    /**
     * Enqueueing needs no task handlers, so it has its own client: the handlers may then depend on
     * services that enqueue jobs themselves.
     */
    @Bean
    JobQueue jobQueue(DataSource dataSource) {
        SchedulerClient client = SchedulerClient.Builder.create(new TransactionAwareDataSourceProxy(dataSource))
                .build();
        return new JobQueue(client, Clock.systemUTC());
    }

    /**
     * The workers build new db-scheduler {@link Scheduler}s each time they start, because one that
     * was stopped cannot start again (tests pause and resume application contexts): one per
     * {@link JobLane} that has tasks in this process.
     */
    @Bean
    JobWorkers jobWorkers(
            DataSource dataSource,
            ObjectProvider<Task<?>> tasks,
            JobSettings settings,
            ObjectProvider<MeterRegistry> meterRegistries) {
        return new JobWorkers(
                () -> schedulers(
                        dataSource, tasks.orderedStream().toList(), settings, meterRegistries.getIfAvailable()),
                settings);
    }

    /** How many jobs wait and run, for Prometheus (read from the queue table on each scrape). */
    @Bean
    JobQueueMetrics jobQueueMetrics(DataSource dataSource) {
        return new JobQueueMetrics(dataSource);
    }

    private static List<Scheduler> schedulers(
            DataSource dataSource, List<Task<?>> known, JobSettings settings, MeterRegistry meterRegistry) {
        Map<JobLane, List<Task<?>>> lanes = known.stream()
                .collect(Collectors.groupingBy(JobLane::of, () -> new EnumMap<>(JobLane.class), Collectors.toList()));
        lanes.putIfAbsent(JobLane.LIGHT, List.of());
        return lanes.entrySet().stream()
                .map(lane -> scheduler(dataSource, lane.getKey(), lane.getValue(), settings, meterRegistry))
                .toList();
    }

    private static Scheduler scheduler(
            DataSource dataSource,
            JobLane lane,
            List<Task<?>> known,
            JobSettings settings,
            MeterRegistry meterRegistry) {
        List<RecurringTask<?>> recurring = known.stream()
                .filter(RecurringTask.class::isInstance)
                .<RecurringTask<?>>map(RecurringTask.class::cast)
                .toList();
        List<Task<?>> oneTime =
                known.stream().filter(task -> !(task instanceof RecurringTask)).toList();
        // The proxy lets a job enqueued inside a Spring transaction commit or roll back with it.
        SchedulerBuilder builder = Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), oneTime)
                // several processes on one host must be told apart in picked_by (host name alone is not)
                .schedulerName(new SchedulerName.Fixed(workerName(lane.suffix())))
                .threads(lane.threads(settings))
                // other lanes and other processes run the job types this one does not know: they
                // are theirs, never to be deleted as "unresolved" (db-scheduler's default: 14 days)
                .deleteUnresolvedAfter(NEVER)
                .pollingInterval(settings.pollingInterval())
                .heartbeatInterval(settings.heartbeatInterval())
                .missedHeartbeatsLimit(settings.missedHeartbeatsLimit())
                // after the grace, running jobs are interrupted; their failure handlers put them back
                .shutdownMaxWait(settings.shutdownGrace())
                .startTasks(recurring);
        Takeovers takeovers = new Takeovers(dataSource);
        builder.addExecutionInterceptor(takeovers).addSchedulerListener(takeovers);
        if (meterRegistry != null) {
            builder.addSchedulerListener(new JobMetrics(meterRegistry));
        }
        return builder.build();
    }

    /** {@code host#pid} and the lane's suffix, cut to the queue table's 50 characters. */
    static String workerName(String suffix) {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        String pid = "#" + ProcessHandle.current().pid() + suffix;
        return host.substring(0, Math.min(host.length(), 50 - pid.length())) + pid;
    }
}
