package org.kepu.content.jobs;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The durable job queue of this process.
 *
 * @param enabled whether this process executes jobs (it can always enqueue them)
 * @param threads how many light jobs (indexing, withdrawals, publishing, imports) run at once in
 *     this process; transcodes never take one of these threads
 * @param transcodeThreads how many transcodes run at once in this process, on threads of their
 *     own (only where this process transcodes: {@code kepu.media.worker-enabled})
 * @param pollingInterval how often the queue table is polled for due jobs
 * @param heartbeatInterval how often a worker stamps its running jobs as alive, from a thread of its
 *     own: a slow job keeps its stamp however long it runs
 * @param missedHeartbeatsLimit after how many missed heartbeats another worker takes the job over
 *     (2 s × 10: a killed worker's job is taken over 20–27 s after the kill, see {@link Takeovers})
 * @param shutdownGrace how long running jobs may go on when the process stops (SIGTERM); then they
 *     are interrupted and handed back to the queue for another worker
 */
@Validated
@ConfigurationProperties("kepu.jobs")
public record JobSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("2") @Min(1) int threads,
        @DefaultValue("1") @Min(1) int transcodeThreads,
        @DefaultValue("1s") Duration pollingInterval,
        @DefaultValue("2s") Duration heartbeatInterval,
        // db-scheduler needs at least 4
        @DefaultValue("10") @Min(4) int missedHeartbeatsLimit,
        @DefaultValue("1m") Duration shutdownGrace) {}
