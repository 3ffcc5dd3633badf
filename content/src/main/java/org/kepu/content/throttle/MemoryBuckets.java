package org.kepu.content.throttle;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;

/**
 * Buckets in this process's memory. Bounded: past {@code maxKeys} Caffeine evicts the keys used
 * least (frequency and recency), so a flood of new keys cannot push out the busy ones, and a bucket
 * idle long enough to be full again is dropped (forgetting it loses nothing).
 */
final class MemoryBuckets implements BucketStore {

    private record Held(Bucket bucket, Duration idle) {}

    private final Cache<String, Held> buckets;

    MemoryBuckets(int maxKeys) {
        this.buckets = Caffeine.newBuilder()
                .maximumSize(maxKeys)
                .expireAfter(new Expiry<String, Held>() {
                    @Override
                    public long expireAfterCreate(String key, Held held, long now) {
                        return held.idle().toNanos();
                    }

                    @Override
                    public long expireAfterUpdate(String key, Held held, long now, long current) {
                        return held.idle().toNanos();
                    }

                    @Override
                    public long expireAfterRead(String key, Held held, long now, long current) {
                        return held.idle().toNanos();
                    }
                })
                .build();
    }

    @Override
    public Bucket bucket(String key, BucketConfiguration configuration, Duration idle) {
        return buckets.get(key, k -> {
                    var builder = Bucket.builder();
                    for (var bandwidth : configuration.getBandwidths()) {
                        builder.addLimit(bandwidth);
                    }
                    return new Held(builder.build(), idle);
                })
                .bucket();
    }

    @Override
    public int removeExpired() {
        long before = buckets.estimatedSize();
        buckets.cleanUp();
        return (int) Math.max(0, before - buckets.estimatedSize());
    }

    long size() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }
}
