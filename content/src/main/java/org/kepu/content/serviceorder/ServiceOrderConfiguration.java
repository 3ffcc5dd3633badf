package org.kepu.content.serviceorder;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The recurring jobs of service orders, on the durable job queue: each runs on one node at a time. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ServiceOrderSettings.class)
class ServiceOrderConfiguration {

    /** Residents' names and phones leave closed orders after the retention. */
    @Bean
    RecurringTask<Void> serviceContactErasure(ServiceOrders orders, ServiceOrderSettings settings) {
        return Tasks.recurring("service-contact-erasure", FixedDelay.of(settings.checkEvery()))
                .execute((instance, context) -> orders.eraseOldContacts());
    }

    /** Late orders get a reminder on their timeline for the staff holding them. */
    @Bean
    RecurringTask<Void> serviceOverdueReminders(OverdueReminders reminders, ServiceOrderSettings settings) {
        return Tasks.recurring("service-overdue-reminders", FixedDelay.of(settings.checkEvery()))
                .execute((instance, context) -> reminders.remind());
    }
}
