package org.kepu.content.jobs;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import java.time.Duration;

/**
 * Retries a failed job after a pause that doubles with each failure in a row, up to a cap. Without
 * the cap a job failing through an hour's outage would next run half an hour after the outage.
 */
public final class CappedBackoff<T> implements FailureHandler<T> {

    private final Duration first;
    private final Duration cap;

    public CappedBackoff(Duration first, Duration cap) {
        if (first.isNegative() || first.isZero() || cap.compareTo(first) < 0) {
            throw new IllegalArgumentException("need 0 < first <= cap, got " + first + " and " + cap);
        }
        this.first = first;
        this.cap = cap;
    }

    /** The pause after a failure that followed {@code failuresBefore} failures in a row. */
    public Duration pauseAfter(int failuresBefore) {
        Duration pause = first;
        for (int i = 0; i < failuresBefore && pause.compareTo(cap) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(cap) < 0 ? pause : cap;
    }

    @Override
    public void onFailure(ExecutionComplete complete, ExecutionOperations<T> operations) {
        Duration pause = pauseAfter(complete.getExecution().consecutiveFailures);
        operations.reschedule(complete, complete.getTimeDone().plus(pause));
    }
}
