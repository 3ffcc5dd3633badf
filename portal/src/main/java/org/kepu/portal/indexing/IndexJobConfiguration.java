package org.kepu.portal.indexing;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.kepu.content.ContentKey;
import org.kepu.content.jobs.Jobs;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Runs the index jobs that publishing enqueues; a failed one is retried later by the queue. */
@Configuration(proxyBeanMethods = false)
class IndexJobConfiguration {

    @Bean
    Task<String> indexContentTask(ContentIndexer indexer) {
        return Tasks.oneTime(Jobs.INDEX_CONTENT.descriptor())
                .onFailureRetryLater()
                .execute((instance, context) -> indexer.sync(ContentKey.parse(instance.getData())));
    }
}
