package org.kepu.content.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import java.util.function.Supplier;
import org.springframework.context.SmartLifecycle;

/**
 * Starts executing jobs once the application context is ready (after Flyway created the queue
 * table) and stops before the DataSource closes, letting running jobs finish.
 */
public class JobWorkers implements SmartLifecycle {

    private final Supplier<Scheduler> schedulers;
    private final JobSettings settings;
    private volatile Scheduler scheduler;
    private volatile boolean running;

    JobWorkers(Supplier<Scheduler> schedulers, JobSettings settings) {
        this.schedulers = schedulers;
        this.settings = settings;
    }

    @Override
    public void start() {
        if (settings.enabled()) {
            scheduler = schedulers.get();
            scheduler.start();
        }
        running = true;
    }

    @Override
    public void stop() {
        if (scheduler != null) {
            scheduler.stop();
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Whether the queue can be used: it can always take jobs; if enabled, it must also be executing. */
    public boolean isUsable() {
        if (!settings.enabled()) {
            return true;
        }
        Scheduler current = scheduler;
        if (current == null) {
            return false;
        }
        var state = current.getSchedulerState();
        return state.isStarted() && !state.isShuttingDown();
    }
}
