package org.kepu.content.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The rate limits every portal shares, on PostgreSQL: Bucket4j's backend speaks its SQL
 * ({@code ON CONFLICT (id)}), so these run only in CI's PostgreSQL pass (tag {@code postgresql},
 * excluded on H2 by the content pom) and fail anywhere else rather than skip.
 */
@Tag("postgresql")
@SpringBootTest
class DatabaseBucketsTests {

    @Autowired
    DataSource dataSource;

    @BeforeEach
    void onPostgreSql() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName())
                    .as("the database store runs on PostgreSQL")
                    .isEqualTo("PostgreSQL");
        }
    }

    @Test
    void databaseRateLimitsAreSharedByEveryPortal() throws SQLException {
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
        DatabaseBuckets store = new DatabaseBuckets(dataSource);
        RateLimit quick = new RateLimits(store).limit("test-quick", 1, Duration.ofMillis(1));
        quick.tryAcquire("a-" + UUID.randomUUID());

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> store.removeExpired() > 0);
    }
}
