package org.kepu.search;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded Lucene engine ({@code kepu.search.engine=lucene}, the default).
 *
 * @param indexDir directory that holds the index; created if missing; only one process may open it
 * @param refreshInterval how soon writes become visible to search
 * @param commitInterval how often uncommitted writes are made durable; at most this much is lost on a crash (the
 *     database is the source of truth, so a reindex recovers it)
 */
@ConfigurationProperties("kepu.search.lucene")
public record LuceneSettings(
        @DefaultValue("data/search") Path indexDir,
        @DefaultValue("1s") Duration refreshInterval,
        @DefaultValue("5s") Duration commitInterval) {

    public LuceneSettings {
        if (indexDir == null) {
            throw new IllegalArgumentException("kepu.search.lucene.index-dir must be set");
        }
        requirePositive("refresh-interval", refreshInterval);
        requirePositive("commit-interval", commitInterval);
    }

    /** Settings with the default intervals, for code and tests that only choose the directory. */
    public static LuceneSettings in(Path indexDir) {
        return new LuceneSettings(indexDir, Duration.ofSeconds(1), Duration.ofSeconds(5));
    }

    private static void requirePositive(String name, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(
                    "kepu.search.lucene." + name + " must be a positive duration but was " + value);
        }
    }
}
