package org.kepu.content.jobs;

import com.github.kagkarlsson.scheduler.ScheduledExecution;
import com.github.kagkarlsson.scheduler.ScheduledExecutionsFilter;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceException;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Enqueues durable jobs. Called inside a transaction, the job is stored in that transaction: it
 * exists exactly when the change that caused it was committed.
 */
public class JobQueue {

    private final SchedulerClient client;
    private final Clock clock;

    public JobQueue(SchedulerClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    /** Enqueues a job unless one with the same key is already waiting or running. */
    public <T extends Serializable> boolean enqueueOnce(JobType<T> type, String key, T data) {
        return client.scheduleIfNotExists(
                type.descriptor().instance(key).data(data).build(), clock.instant());
    }

    /** Enqueues a job for a later time, unless one with the same key exists. */
    public <T extends Serializable> boolean enqueueAt(JobType<T> type, String key, T data, Instant when) {
        return client.scheduleIfNotExists(
                type.descriptor().instance(key).data(data).build(), when);
    }

    /**
     * Enqueues a job that runs even if an equal one is already running, because it must see changes
     * made after that one started. Handlers are idempotent, so a repeat costs only time.
     */
    public <T extends Serializable> void enqueue(JobType<T> type, T data) {
        String key = data + "#" + UUID.randomUUID();
        client.schedule(type.descriptor().instance(key).data(data).build(), clock.instant());
    }

    /**
     * Moves the waiting jobs of this type that failed before to now, for when what they failed on
     * is back: they run at the next poll instead of at the end of their back-off.
     *
     * @return how many jobs were moved
     */
    public int retryNow(JobType<?> type) {
        Instant now = clock.instant();
        List<TaskInstanceId> waiting = new ArrayList<>();
        client.fetchScheduledExecutionsForTask(
                type.name(), type.dataClass(), ScheduledExecutionsFilter.all().withPicked(false), execution -> {
                    if (failedAndWaiting(execution, now)) {
                        waiting.add(execution.getTaskInstance());
                    }
                });
        int moved = 0;
        for (TaskInstanceId job : waiting) {
            try {
                if (client.reschedule(job, now)) {
                    moved++;
                }
            } catch (TaskInstanceException e) {
                // picked or finished since it was read: it runs, or has run, anyway
            }
        }
        return moved;
    }

    private static boolean failedAndWaiting(ScheduledExecution<?> execution, Instant now) {
        return execution.getConsecutiveFailures() > 0
                && execution.getExecutionTime().isAfter(now);
    }
}
