package org.kepu.portal.indexing;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Duration;
import org.kepu.content.ContentKey;
import org.kepu.content.jobs.CappedBackoff;
import org.kepu.content.jobs.JobQueue;
import org.kepu.content.jobs.Jobs;
import org.kepu.search.SearchIndex;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs the index jobs that publishing enqueues. When the engine is down a job fails and is retried
 * after pauses that double up to half a minute; {@link SearchCatchUp} retries them all at once as
 * soon as the engine answers again, so the catch-up does not wait for the pauses to run out.
 */
@Configuration(proxyBeanMethods = false)
class IndexJobConfiguration {

    static final Duration FIRST_RETRY = Duration.ofSeconds(5);
    static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);

    @Bean
    Task<String> indexContentTask(ContentIndexer indexer) {
        return Tasks.oneTime(Jobs.INDEX_CONTENT.descriptor())
                .onFailure(new CappedBackoff<>(FIRST_RETRY, LONGEST_PAUSE))
                .execute((instance, context) -> indexer.sync(ContentKey.parse(instance.getData())));
    }

    @Bean
    SearchCatchUp searchCatchUp(SearchIndex index, JobQueue queue) {
        return new SearchCatchUp(index, queue, Duration.ofSeconds(1));
    }
}
