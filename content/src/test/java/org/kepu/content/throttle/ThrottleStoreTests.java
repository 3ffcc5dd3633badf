package org.kepu.content.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The shared stores on the database the build runs on (H2, and PostgreSQL in CI's second pass). */
@SpringBootTest
class ThrottleStoreTests {

    @Autowired
    DataSource dataSource;

    @Autowired
    UsedChallenges challenges;

    @Autowired
    LoginFailures failures;

    @Test
    void aChallengeIsUsedOnceOnEveryPortal() {
        String nonce = "captcha:" + UUID.randomUUID();
        Instant expires = Instant.now().plus(Duration.ofMinutes(10));

        assertThat(challenges.firstUse(nonce, expires)).isTrue();
        assertThat(new UsedChallenges(dataSource).firstUse(nonce, expires))
                .as("another portal")
                .isFalse();
    }

    @Test
    void expiredChallengesAreForgotten() {
        String nonce = "altcha:" + UUID.randomUUID();
        Instant now = Instant.now();
        challenges.firstUse(nonce, now.minusSeconds(1));

        assertThat(challenges.removeExpired(now)).isPositive();
        assertThat(challenges.firstUse(nonce, now.plusSeconds(60))).isTrue();
    }

    @Test
    void loginFailuresCountInARowUntilClearedOrForgotten() {
        String key = "account:" + UUID.randomUUID();
        Instant start = Instant.parse("2026-12-01T08:00:00Z");

        assertThat(failures.of(key)).isEmpty();
        assertThat(failures.failed(key, start, start.minus(Duration.ofDays(1))).count())
                .isEqualTo(1);
        assertThat(failures.failed(key, start.plusSeconds(5), start.minus(Duration.ofDays(1))))
                .isEqualTo(new LoginFailures.Failures(2, start.plusSeconds(5)));
        Instant nextDay = start.plus(Duration.ofDays(2));
        assertThat(failures.failed(key, nextDay, nextDay.minus(Duration.ofDays(1)))
                        .count())
                .as("a day later the count starts again")
                .isEqualTo(1);

        failures.cleared(key);
        assertThat(failures.of(key)).isEmpty();
    }

    @Test
    void veryLongKeysAreStoredByTheirHash() {
        String key = "name:" + "很长的名字".repeat(200);
        Instant now = Instant.now();

        assertThat(failures.failed(key, now, now.minusSeconds(60)).count()).isEqualTo(1);
        assertThat(failures.of(key)).isPresent();
        assertThat(failures.of(key + "x")).isEmpty();
    }
}
