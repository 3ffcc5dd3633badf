package org.kepu.portal.serviceorder;

import org.kepu.content.serviceorder.OrderView;
import org.kepu.content.serviceorder.ServiceOrderStatus;
import org.kepu.content.serviceorder.ServiceStaff;

/**
 * The forms an order's page offers this person now: only the steps of the stage the order is in,
 * and only to whoever holds it (the content layer shows them the contact for the same reason).
 * Only a convenience: {@code ServiceOrders} checks every step again when it is taken. Public because
 * the template calls it (SpEL invokes public methods only).
 */
public record OrderActions(
        boolean dispatch,
        boolean merge,
        boolean claim,
        boolean passOn,
        boolean accept,
        boolean decline,
        boolean complete,
        boolean cancel,
        boolean photos) {

    /** {@code roomForPhotos}: the order has fewer photos than allowed. */
    static OrderActions of(OrderView view, ServiceStaff staff, boolean roomForPhotos) {
        ServiceOrderStatus status = view.order().getStatus();
        boolean holds = view.contactShown() && !status.isClosed();
        boolean town = staff.admin() || staff.towns().contains(view.order().getTownCode());
        return new OrderActions(
                holds && status == ServiceOrderStatus.ORDERED,
                holds && status == ServiceOrderStatus.ORDERED,
                holds && status == ServiceOrderStatus.DISPATCHED,
                holds && status == ServiceOrderStatus.CLAIMED,
                holds && status == ServiceOrderStatus.OFFERED,
                holds && status == ServiceOrderStatus.OFFERED,
                holds && status == ServiceOrderStatus.ACCEPTED,
                town && !status.isClosed(),
                roomForPhotos
                        && status == ServiceOrderStatus.COMPLETED
                        && (staff.admin()
                                || (view.order().getTeamId() != null
                                        && staff.teams().contains(view.order().getTeamId()))));
    }

    public boolean any() {
        return dispatch || merge || claim || passOn || accept || decline || complete || cancel || photos;
    }
}
