package org.kepu.content.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.context.SmartLifecycle;

/**
 * Starts executing jobs once the application context is ready (after Flyway created the queue
 * table) and stops before the DataSource closes, letting running jobs finish. One db-scheduler runs
 * per {@link JobLane}.
 */
public class JobWorkers implements SmartLifecycle {

    private final Supplier<List<Scheduler>> schedulers;
    private final JobSettings settings;
    private volatile List<Scheduler> lanes = List.of();
    private volatile boolean running;

    JobWorkers(Supplier<List<Scheduler>> schedulers, JobSettings settings) {
        this.schedulers = schedulers;
        this.settings = settings;
    }

    @Override
    public void start() {
        if (settings.enabled()) {
            lanes = schedulers.get();
            lanes.forEach(Scheduler::start);
        }
        running = true;
    }

    /** Stops the lanes side by side, so that the shutdown grace is spent once, not once per lane. */
    @Override
    public void stop() {
        // own threads: the common pool may have a single thread on a small machine
        List<Thread> stopping = lanes.stream()
                .map(lane -> new Thread(lane::stop, "job-lane-stop"))
                .toList();
        stopping.forEach(Thread::start);
        for (Thread thread : stopping) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Whether the queue can be used: it can always take jobs; if enabled, every lane must also be executing. */
    public boolean isUsable() {
        if (!settings.enabled()) {
            return true;
        }
        List<Scheduler> current = lanes;
        return !current.isEmpty()
                && current.stream()
                        .map(Scheduler::getSchedulerState)
                        .allMatch(s -> s.isStarted() && !s.isShuttingDown());
    }
}
