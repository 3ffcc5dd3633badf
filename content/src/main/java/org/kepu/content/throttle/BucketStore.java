package org.kepu.content.throttle;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;

/** Where the token buckets of {@link RateLimits} live: this process's memory or the database. */
interface BucketStore {

    /** The bucket of {@code key}; {@code idle} is how long an unused bucket takes to fill up again. */
    Bucket bucket(String key, BucketConfiguration configuration, Duration idle);

    /** Forgets buckets that have filled up again; returns how many. */
    int removeExpired();
}
