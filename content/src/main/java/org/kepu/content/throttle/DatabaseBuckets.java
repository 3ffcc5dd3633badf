package org.kepu.content.throttle;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * Buckets in the {@code rate_limit_bucket} table (Flyway V19), shared by every portal: Bucket4j's
 * PostgreSQL backend, locking one row per take ({@code SELECT … FOR UPDATE}). Rows of buckets that
 * have filled up again expire and are removed by the clean-up job.
 */
final class DatabaseBuckets implements BucketStore {

    private static final int CLEANUP_BATCH = 1000;

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

    DatabaseBuckets(DataSource dataSource) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
                .build();
    }

    @Override
    public Bucket bucket(String key, BucketConfiguration configuration, Duration idle) {
        return buckets.builder().build(key, () -> configuration);
    }

    @Override
    public int removeExpired() {
        int total = 0;
        int removed;
        do {
            removed = buckets.removeExpired(CLEANUP_BATCH);
            total += removed;
        } while (removed == CLEANUP_BATCH);
        return total;
    }
}
