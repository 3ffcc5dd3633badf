package org.kepu.content.article;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.kepu.content.editorial.EditorialSettings;
import org.kepu.content.jobs.Jobs;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EditorialSettings.class)
class EditorialConfiguration {

    /** Scheduled publishing: the queue runs it once, on one node, at the article's time. */
    @Bean
    Task<Long> publishArticleTask(Editorial editorial) {
        return Tasks.oneTime(Jobs.PUBLISH_ARTICLE.descriptor())
                .onFailureRetryLater()
                .execute((instance, context) -> editorial.publishScheduled(instance.getData()));
    }
}
