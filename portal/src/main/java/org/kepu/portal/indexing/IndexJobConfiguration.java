package org.kepu.portal.indexing;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Duration;
import org.kepu.content.ContentKey;
import org.kepu.content.jobs.Jobs;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs the index jobs that publishing enqueues. When the engine is down a job fails and is retried
 * with growing pauses, so the backlog catches up by itself once the engine is back.
 */
@Configuration(proxyBeanMethods = false)
class IndexJobConfiguration {

    @Bean
    Task<String> indexContentTask(ContentIndexer indexer) {
        return Tasks.oneTime(Jobs.INDEX_CONTENT.descriptor())
                .onFailure(new FailureHandler.ExponentialBackoffFailureHandler<>(Duration.ofSeconds(5), 2.0))
                .execute((instance, context) -> indexer.sync(ContentKey.parse(instance.getData())));
    }
}
