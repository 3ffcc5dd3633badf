package org.kepu.search;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** UP while the index can be read and written; DOWN once it is closed or has failed for good. */
final class SearchHealthIndicator implements HealthIndicator {

    private final SearchIndex index;

    SearchHealthIndicator(SearchIndex index) {
        this.index = index;
    }

    @Override
    public Health health() {
        if (!index.isUsable()) {
            return Health.down().build();
        }
        try {
            return Health.up().withDetail("documents", index.count()).build();
        } catch (SearchIndexUnavailable e) {
            return Health.down(e).build();
        }
    }
}
