package org.kepu.content.throttle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.SQLException;
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
    void databaseRateLimitsAreSharedByEveryPortal() throws SQLException {
        assumeOnPostgreSql();
        // two portals: two stores over one database
        RateLimit onFirst =
                new RateLimits(new DatabaseBuckets(dataSource)).limit("test-shared", 3, Duration.ofHours(1));
        RateLimit onSecond =
                new RateLimits(new DatabaseBuckets(dataSource)).limit("test-shared", 3, Duration.ofHours(1));
        String key = "2001:db8:1:2::/64-" + UUID.randomUUID();

        assertThat(onFirst.tryAcquire(key)).isTrue();
        assertThat(onSecond.tryAcquire(key)).isTrue();
        assertThat(onFirst.tryAcquire(key)).isTrue();
        assertThat(onSecond.refusal(key))
                .as("the allowance is used up on every portal")
                .isPresent();
        assertThat(onSecond.tryAcquire(key)).isFalse();
        assertThat(onFirst.tryAcquire(key)).isFalse();
        assertThat(onFirst.tryAcquire("other-" + key))
                .as("other keys keep theirs")
                .isTrue();
    }

    @Test
    void databaseBucketsThatFilledUpAgainAreRemoved() throws SQLException {
        assumeOnPostgreSql();
        DatabaseBuckets store = new DatabaseBuckets(dataSource);
        RateLimit quick = new RateLimits(store).limit("test-quick", 1, Duration.ofMillis(1));
        quick.tryAcquire("a-" + UUID.randomUUID());

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> store.removeExpired() > 0);
    }

    /** Bucket4j's backend speaks PostgreSQL ({@code ON CONFLICT (id)}); H2 runs the in-memory store. */
    private void assumeOnPostgreSql() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assumeTrue(
                    "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName()),
                    "the database store runs on PostgreSQL (CI's second pass)");
        }
    }

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
