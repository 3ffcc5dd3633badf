package org.kepu.content.throttle;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;

/**
 * Token buckets per key (an address, an account) for each kind of action. The counts live where
 * {@link ThrottleSettings#store()} says: in memory (each process on its own) or in the database
 * (every portal of a deployment shares them).
 */
public final class RateLimits {

    private final BucketStore store;

    RateLimits(BucketStore store) {
        this.store = store;
    }

    /** Limits kept in this process only, forgetting the least used keys past {@code maxKeys}. */
    public static RateLimits inMemory(int maxKeys) {
        return new RateLimits(new MemoryBuckets(maxKeys));
    }

    /**
     * A limit of {@code capacity} actions per {@code period}, refilled gradually; {@code name} tells
     * it apart from the other limits in the shared store, so it must be unique and stable.
     */
    public RateLimit limit(String name, long capacity, Duration period) {
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(capacity)
                        .refillGreedy(capacity, period)
                        .build())
                .build();
        return new RateLimit(name, key -> store.bucket(key, configuration, period));
    }

    /** Forgets the buckets that have filled up again (the clean-up job calls it). */
    public int removeExpired() {
        return store.removeExpired();
    }
}
