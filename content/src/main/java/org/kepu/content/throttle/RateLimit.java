package org.kepu.content.throttle;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;

/** One kind of action limited per key; made by {@link RateLimits#limit}. */
public final class RateLimit {

    // longer keys (a typed login name can be anything) are stored by their hash: the id column is bounded
    private static final int MAX_KEY_LENGTH = 120;

    private final String name;
    private final Function<String, Bucket> buckets;

    RateLimit(String name, Function<String, Bucket> buckets) {
        this.name = name;
        this.buckets = buckets;
    }

    /** Takes one action for {@code key}; false when the key has used up its allowance. */
    public boolean tryAcquire(String key) {
        return bucket(key).tryConsume(1);
    }

    /** How long {@code key} must wait for its next action; empty when it may act now. Takes nothing. */
    public Optional<Duration> refusal(String key) {
        EstimationProbe probe = bucket(key).estimateAbilityToConsume(1);
        return probe.canBeConsumed()
                ? Optional.empty()
                : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    private Bucket bucket(String key) {
        return buckets.apply(storedKey(name + ":" + key));
    }

    static String storedKey(String key) {
        if (key.length() <= MAX_KEY_LENGTH) {
            return key;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
