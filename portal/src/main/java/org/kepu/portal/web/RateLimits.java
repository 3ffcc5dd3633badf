package org.kepu.portal.web;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets per key (an address, an account) for one kind of action. Kept in memory: each
 * portal limits on its own, which is enough against scripts; the map is emptied when it grows past
 * a bound, so a flood of distinct keys cannot exhaust memory.
 */
public final class RateLimits {

    private static final int MAX_KEYS = 100_000;

    private final long capacity;
    private final Duration period;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** {@code capacity} actions per {@code period}, refilled gradually. */
    public RateLimits(long capacity, Duration period) {
        this.capacity = capacity;
        this.period = period;
    }

    /** Takes one token for {@code key}; false when the key has used up its allowance. */
    public boolean tryAcquire(String key) {
        if (buckets.size() > MAX_KEYS) {
            buckets.clear();
        }
        return buckets.computeIfAbsent(key, k -> newBucket()).tryConsume(1);
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(capacity)
                        .refillGreedy(capacity, period)
                        .build())
                .build();
    }
}
