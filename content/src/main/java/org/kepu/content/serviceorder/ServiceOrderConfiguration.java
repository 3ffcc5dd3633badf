package org.kepu.content.serviceorder;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ServiceOrderSettings.class)
class ServiceOrderConfiguration {

    /** Residents' names and phones leave closed orders after the retention; checked hourly on one node. */
    @Bean
    RecurringTask<Void> serviceContactErasure(ServiceOrders orders) {
        return Tasks.recurring("service-contact-erasure", FixedDelay.of(Duration.ofHours(1)))
                .execute((instance, context) -> orders.eraseOldContacts());
    }
}
