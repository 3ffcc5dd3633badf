package org.kepu.content.jobs;

import com.github.kagkarlsson.scheduler.CurrentlyExecuting;
import com.github.kagkarlsson.scheduler.event.AbstractSchedulerListener;
import com.github.kagkarlsson.scheduler.event.ExecutionChain;
import com.github.kagkarlsson.scheduler.event.ExecutionInterceptor;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.DeadExecutionHandler;
import com.github.kagkarlsson.scheduler.task.Execution;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keeps a job that another worker took over from running on in the worker that lost it.
 *
 * <p>Dead is told from slow by the heartbeat alone: a housekeeping thread of each worker stamps
 * its running jobs every {@link JobSettings#heartbeatInterval()}, however slow the job itself is.
 * Only a worker that stamped nothing for {@link JobSettings#missedHeartbeatsLimit()} intervals
 * loses its job: it was killed, or frozen, or cut off from the database. A frozen or cut-off worker
 * may come back while its job still runs; its next heartbeat then finds the job's row changed (the
 * takeover raised its version), and this class interrupts the job there, so that it stops instead
 * of finishing alongside its new owner. {@link #revive(JobSettings)} lets the new owner start only
 * one heartbeat later, after the old one had its chance to notice.
 */
public final class Takeovers extends AbstractSchedulerListener implements ExecutionInterceptor {

    private static final Logger log = LoggerFactory.getLogger(Takeovers.class);

    private final JdbcClient queue;
    private final ConcurrentHashMap<String, Running> running = new ConcurrentHashMap<>();

    Takeovers(DataSource dataSource) {
        this.queue = JdbcClient.create(dataSource);
    }

    /**
     * The dead-execution handler for jobs that must not overlap with themselves: the job is handed
     * back at once (its old worker's heartbeats fail from now on) but runs only one heartbeat later.
     */
    public static <T> DeadExecutionHandler<T> revive(JobSettings settings) {
        Duration fence = settings.heartbeatInterval();
        return (dead, operations) -> {
            log.info(
                    "Taking over job {} of {}, whose heartbeat stopped",
                    dead.getExecution(),
                    dead.getExecution().pickedBy);
            operations.reschedule(dead, dead.getTimeDone().plus(fence));
        };
    }

    @Override
    public CompletionHandler<?> execute(TaskInstance<?> instance, ExecutionContext context, ExecutionChain chain) {
        Execution execution = context.getExecution();
        Running current = new Running(Thread.currentThread(), execution.version);
        String key = key(execution);
        running.put(key, current);
        try {
            return chain.proceed(instance, context);
        } finally {
            running.remove(key, current);
            current.finish();
        }
    }

    @Override
    public void onExecutionFailedHeartbeat(CurrentlyExecuting executing) {
        Execution execution = executing.getExecution();
        Running current = running.get(key(execution));
        if (current == null || current.version != execution.version || stillOurs(execution)) {
            return;
        }
        log.warn("Job {} was taken over by another worker after missed heartbeats: stopping it here", execution);
        current.interrupt();
    }

    private boolean stillOurs(Execution execution) {
        try {
            return queue.sql("select count(*) from scheduled_tasks"
                                    + " where task_name = :name and task_instance = :id and version = :version")
                            .param("name", execution.getTaskName())
                            .param("id", execution.getId())
                            .param("version", execution.version)
                            .query(Long.class)
                            .single()
                    == 1;
        } catch (DataAccessException e) {
            // while the database is away nobody can take the job over; the next heartbeat asks again
            return true;
        }
    }

    private static String key(Execution execution) {
        return execution.getTaskName() + "/" + execution.getId();
    }

    /** A job's thread, interrupted only while it still runs that job (pool threads are reused). */
    private static final class Running {

        private final Thread thread;
        private final long version;
        private final ReentrantLock lock = new ReentrantLock();
        private boolean finished;

        Running(Thread thread, long version) {
            this.thread = thread;
            this.version = version;
        }

        void interrupt() {
            lock.lock();
            try {
                if (!finished) {
                    thread.interrupt();
                }
            } finally {
                lock.unlock();
            }
        }

        void finish() {
            lock.lock();
            try {
                finished = true;
            } finally {
                lock.unlock();
            }
        }
    }
}
