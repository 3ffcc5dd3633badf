package org.kepu.content;

import org.kepu.content.blob.BlobStore;
import org.kepu.content.jobs.JobWorkers;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Health of the blob store and the job queue, part of {@code /actuator/health}. */
@Configuration(proxyBeanMethods = false)
class ContentHealthConfiguration {

    @Bean
    HealthIndicator blobStoreHealthIndicator(BlobStore blobs) {
        return () -> blobs.isUsable() ? Health.up().build() : Health.down().build();
    }

    @Bean
    HealthIndicator jobQueueHealthIndicator(JobWorkers workers) {
        return () -> workers.isUsable() ? Health.up().build() : Health.down().build();
    }
}
