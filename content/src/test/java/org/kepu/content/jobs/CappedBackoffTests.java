package org.kepu.content.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.kagkarlsson.scheduler.task.Execution;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CappedBackoffTests {

    private final CappedBackoff<String> backoff = new CappedBackoff<>(Duration.ofSeconds(5), Duration.ofSeconds(30));

    @Test
    void thePauseDoublesWithEachFailureInARow() {
        assertThat(backoff.pauseAfter(0)).isEqualTo(Duration.ofSeconds(5));
        assertThat(backoff.pauseAfter(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(backoff.pauseAfter(2)).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void thePauseStopsGrowingAtTheCapHoweverLongTheOutage() {
        assertThat(backoff.pauseAfter(3)).isEqualTo(Duration.ofSeconds(30));
        // an hour's outage of retries every 30 s, and far beyond: no overflow, no longer pause
        assertThat(backoff.pauseAfter(120)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.pauseAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aFailedJobIsRescheduledThePauseAfterItFailed() {
        Instant failedAt = Instant.parse("2026-12-03T08:00:00Z");
        Execution execution = new Execution(
                failedAt.minusSeconds(60),
                new TaskInstance<>("index-content", "article:1", "article:1"),
                true,
                "worker",
                null,
                failedAt.minusSeconds(30),
                40,
                failedAt.minusSeconds(1),
                7);
        List<Instant> rescheduled = new ArrayList<>();
        ExecutionOperations<String> operations = new ExecutionOperations<>(null, null, execution) {
            @Override
            public void reschedule(ExecutionComplete complete, Instant nextExecutionTime) {
                rescheduled.add(nextExecutionTime);
            }
        };

        backoff.onFailure(
                ExecutionComplete.failure(execution, failedAt.minusSeconds(1), failedAt, new IllegalStateException()),
                operations);

        assertThat(rescheduled).containsExactly(failedAt.plusSeconds(30));
    }

    @Test
    void aCapBelowTheFirstPauseIsRefused() {
        assertThatThrownBy(() -> new CappedBackoff<>(Duration.ofSeconds(5), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
