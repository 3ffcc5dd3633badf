package org.kepu.content.jobs;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The durable job queue of this process.
 *
 * @param enabled whether this process executes jobs (it can always enqueue them)
 * @param threads how many jobs run at once in this process
 * @param pollingInterval how often the queue table is polled for due jobs
 * @param heartbeatInterval how often a running job proves that its worker is alive
 * @param missedHeartbeatsLimit after how many missed heartbeats another worker takes the job over
 *     (10 s × 6: a killed worker's job is taken over within about a minute)
 * @param shutdownGrace how long running jobs may go on when the process stops (SIGTERM); then they
 *     are interrupted and handed back to the queue for another worker
 */
@ConfigurationProperties("kepu.jobs")
public record JobSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("2") int threads,
        @DefaultValue("1s") Duration pollingInterval,
        @DefaultValue("10s") Duration heartbeatInterval,
        @DefaultValue("6") int missedHeartbeatsLimit,
        @DefaultValue("1m") Duration shutdownGrace) {}
