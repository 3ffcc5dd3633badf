package org.kepu.content.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MemoryBucketsTests {

    @Test
    void aFloodOfNewKeysStaysBoundedAndDoesNotEvictAKeyInUse() {
        MemoryBuckets store = new MemoryBuckets(1_000);
        RateLimit limit = new RateLimits(store).limit("test", 5, Duration.ofHours(1));
        for (int i = 0; i < 5; i++) {
            assertThat(limit.tryAcquire("attacker-victim")).isTrue();
        }
        assertThat(limit.tryAcquire("attacker-victim")).isFalse();

        // the old map was emptied when full: a flood of new keys reset every limit at once
        for (int i = 0; i < 100_000; i++) {
            limit.tryAcquire("flood-" + i);
            if (i % 500 == 0) {
                assertThat(limit.tryAcquire("attacker-victim")).isFalse();
            }
        }

        assertThat(store.size()).isLessThanOrEqualTo(1_000);
        assertThat(limit.tryAcquire("attacker-victim"))
                .as("the used-up key was not evicted, so its limit holds")
                .isFalse();
    }
}
