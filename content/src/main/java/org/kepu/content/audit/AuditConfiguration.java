package org.kepu.content.audit;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuditSettings.class)
class AuditConfiguration {

    /** A recurring job: the queue runs it in one process at a time, so portals take turns sealing. */
    @Bean
    RecurringTask<Void> auditSealing(AuditChain chain, AuditSettings settings) {
        return Tasks.recurring("audit-sealing", FixedDelay.of(settings.sealInterval()))
                .execute((instance, context) -> chain.seal());
    }
}
