package org.kepu.content.jobs;

import com.github.kagkarlsson.scheduler.event.AbstractSchedulerListener;
import com.github.kagkarlsson.scheduler.task.Execution;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;

/**
 * Durations and outcomes of the jobs this process ran ({@code kepu.jobs.duration} by type and
 * result, {@code kepu.jobs.failures}), and the jobs it took over from dead workers.
 */
class JobMetrics extends AbstractSchedulerListener {

    private final MeterRegistry registry;

    JobMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void onExecutionComplete(ExecutionComplete done) {
        String type = done.getExecution().taskInstance.getTaskName();
        String result = done.getResult().name().toLowerCase(Locale.ROOT);
        Timer.builder("kepu.jobs.duration")
                .description("How long jobs ran, by type and result")
                .tag("type", type)
                .tag("result", result)
                .register(registry)
                .record(done.getDuration());
        if (done.getResult() == ExecutionComplete.Result.FAILED) {
            Counter.builder("kepu.jobs.failures")
                    .description("Job runs that failed (they are retried or given up by their handler)")
                    .tag("type", type)
                    .register(registry)
                    .increment();
        }
    }

    @Override
    public void onExecutionDead(Execution execution) {
        Counter.builder("kepu.jobs.takeovers")
                .description("Jobs of workers that stopped sending heartbeats, handed back to the queue")
                .tag("type", execution.taskInstance.getTaskName())
                .register(registry)
                .increment();
    }
}
