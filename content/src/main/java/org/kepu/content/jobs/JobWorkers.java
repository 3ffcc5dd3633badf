package org.kepu.content.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.springframework.context.SmartLifecycle;

/**
 * Starts executing jobs once the application context is ready (after Flyway created the queue
 * table) and stops before the DataSource closes, letting running jobs finish.
 */
public class JobWorkers implements SmartLifecycle {

    private final Scheduler scheduler;
    private final JobSettings settings;
    private volatile boolean running;

    JobWorkers(Scheduler scheduler, JobSettings settings) {
        this.scheduler = scheduler;
        this.settings = settings;
    }

    @Override
    public void start() {
        if (settings.enabled()) {
            scheduler.start();
        }
        running = true;
    }

    @Override
    public void stop() {
        if (settings.enabled()) {
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
        var state = scheduler.getSchedulerState();
        return state.isStarted() && !state.isShuttingDown();
    }
}
