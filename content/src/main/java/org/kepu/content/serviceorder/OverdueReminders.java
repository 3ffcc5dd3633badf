package org.kepu.content.serviceorder;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes an overdue reminder on the timeline of each open order that became late, once per
 * reason, for the staff holding it (the resident does not read it). The desk computes the flag on
 * every view; the reminder keeps when it was first noticed, also for orders nobody opened.
 * Idempotent: a second run finds every reminder written.
 */
@Component
class OverdueReminders {

    private final ServiceOrderRepository orders;
    private final ServiceOrders service;
    private final Timeline timeline;
    private final Clock clock;

    OverdueReminders(ServiceOrderRepository orders, ServiceOrders service, Timeline timeline, Clock clock) {
        this.orders = orders;
        this.service = service;
        this.timeline = timeline;
        this.clock = clock;
    }

    /** The count of reminders written. */
    @Transactional
    int remind() {
        Instant now = clock.instant();
        int written = 0;
        for (ServiceOrder order : orders.findOpen()) {
            Optional<Overdue> reason = service.overdueReason(order, now);
            if (reason.isPresent() && reason.get() != order.getOverdueReminded()) {
                order.reminded(reason.get());
                orders.save(order);
                timeline.add(order.getId(), ServiceStep.REMINDED, null, service.describe(reason.get()), null, now);
                written++;
            }
        }
        return written;
    }
}
