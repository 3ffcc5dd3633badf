package org.kepu.content.throttle;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ThrottleSettings.class)
class ThrottleConfiguration {

    /** Login failure counts older than this are forgotten: a day later, back-off starts afresh. */
    static final Duration FAILURES_KEPT = Duration.ofDays(1);

    @Bean
    RateLimits rateLimits(ThrottleSettings settings, DataSource dataSource) {
        return new RateLimits(
                switch (settings.store()) {
                    case MEMORY -> new MemoryBuckets(settings.memoryKeys());
                    case DATABASE -> new DatabaseBuckets(dataSource);
                });
    }

    @Bean
    UsedChallenges usedChallenges(DataSource dataSource) {
        return new UsedChallenges(dataSource);
    }

    @Bean
    LoginFailures loginFailures(DataSource dataSource) {
        return new LoginFailures(dataSource);
    }

    /** Every ten minutes, across all processes (the queue makes sure only one runs it). */
    @Bean
    RecurringTask<Void> throttleCleanup(
            RateLimits rateLimits, UsedChallenges challenges, LoginFailures failures, Clock clock) {
        return Tasks.recurring("throttle-cleanup", FixedDelay.ofMinutes(10)).execute((instance, context) -> {
            rateLimits.removeExpired();
            challenges.removeExpired(clock.instant());
            failures.removeOlderThan(clock.instant().minus(FAILURES_KEPT));
        });
    }
}
