package org.kepu.content.registration;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RegistrationSettings.class)
class RegistrationConfiguration {

    /**
     * Runs import jobs. The handler is idempotent: it acts only on an import in the status that asked
     * for the work, and a commit is one transaction, so a repeat after a crash starts cleanly.
     */
    @Bean
    Task<Long> registrationImportTask(ImportJobHandler handler) {
        return Tasks.oneTime(RegistrationJobs.IMPORT.descriptor())
                .execute((instance, context) -> handler.run(instance.getData()));
    }
}
