package org.kepu.content.upload;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(UploadSettings.class)
class UploadConfiguration {

    /** Runs once an hour across all processes (the queue makes sure only one runs it). */
    @Bean
    RecurringTask<Void> expiredUploadsCleanup(Uploads uploads) {
        return Tasks.recurring("expired-uploads-cleanup", FixedDelay.ofHours(1))
                .execute((instance, context) -> uploads.removeExpired());
    }
}
