package org.kepu.content.serviceorder;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.kepu.content.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Experts attached to orders. The order's town and whoever holds it now may attach and detach
 * while it is open; anyone who sees the order sees who was attached.
 */
final class ExpertAttachments {

    // an expert's own page lists their latest orders; older ones are in the administrators' export
    private static final int ORDERS_SHOWN = 200;

    private final JdbcClient jdbc;
    private final ServiceOrderRepository orders;
    private final AuditLog audit;
    private final Clock clock;

    ExpertAttachments(JdbcClient jdbc, ServiceOrderRepository orders, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.orders = orders;
        this.audit = audit;
        this.clock = clock;
    }

    ServiceOrder visible(long orderId, ServiceStaff staff) {
        return orders.findById(orderId)
                .filter(o -> o.isVisibleTo(staff))
                .orElseThrow(() -> new ServiceOrderNotFound("#" + orderId));
    }

    boolean mayAttach(ServiceOrder order, ServiceStaff staff) {
        // teams take orders, they do not pick experts: the dispatching side does
        return !order.getStatus().isClosed()
                && staff.dispatches()
                && (staff.forTown(order.getTownCode()) || order.isHeldBy(staff));
    }

    List<Long> expertsOf(long orderId) {
        return jdbc.sql("select expert_id from service_order_expert where order_id = ? order by attached_at")
                .param(orderId)
                .query(Long.class)
                .list();
    }

    void attach(long orderId, Expert expert, ServiceStaff staff) {
        ServiceOrder order = allowed(orderId, staff);
        if (expertsOf(orderId).contains(expert.id())) {
            throw new ServicePeopleRefused("services.expert.already-attached", expert.name());
        }
        jdbc.sql("insert into service_order_expert (order_id, expert_id, attached_by, attached_at) values (?, ?, ?, ?)")
                .params(order.getId(), expert.id(), staff.username(), Timestamp.from(clock.instant()))
                .update();
        audit.record(staff.username(), "service-order.expert-attached", "service-order", orderId, expert.name());
    }

    void detach(long orderId, Expert expert, ServiceStaff staff) {
        allowed(orderId, staff);
        int removed = jdbc.sql("delete from service_order_expert where order_id = ? and expert_id = ?")
                .params(orderId, expert.id())
                .update();
        if (removed > 0) {
            audit.record(staff.username(), "service-order.expert-detached", "service-order", orderId, expert.name());
        }
    }

    List<ServiceOrder> ordersOf(long expertId) {
        List<Long> ids = jdbc.sql("select order_id from service_order_expert where expert_id = ?"
                        + " order by attached_at desc limit " + ORDERS_SHOWN)
                .param(expertId)
                .query(Long.class)
                .list();
        return orders.findAllById(ids).stream()
                .sorted(Comparator.comparing(ServiceOrder::getCreatedAt).reversed())
                .toList();
    }

    ServiceOrder allowed(long orderId, ServiceStaff staff) {
        ServiceOrder order = visible(orderId, staff);
        if (order.getStatus().isClosed()) {
            throw new ServicePeopleRefused("services.expert.order-closed");
        }
        if (!mayAttach(order, staff)) {
            throw new ServicePeopleRefused("services.expert.not-holder");
        }
        return order;
    }
}
