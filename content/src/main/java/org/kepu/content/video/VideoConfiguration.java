package org.kepu.content.video;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.kepu.content.jobs.Jobs;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(VideoSettings.class)
class VideoConfiguration {

    /** Scheduled publishing: the queue runs it once, on one node, at the video's time. */
    @Bean
    Task<Long> publishVideoTask(VideoEditorial editorial) {
        return Tasks.oneTime(Jobs.PUBLISH_VIDEO.descriptor())
                .onFailureRetryLater()
                .execute((instance, context) -> editorial.publishScheduled(instance.getData()));
    }

    /** Media nothing points at any more; retried when the store is down. */
    @Bean
    Task<String> removeMediaTask(VideoMediaRemoval removal) {
        return Tasks.oneTime(Jobs.REMOVE_MEDIA.descriptor())
                .onFailureRetryLater()
                .execute((instance, context) -> removal.run(instance.getData()));
    }
}
