package org.kepu.portal.serviceorder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kepu.content.serviceorder.OrderView;
import org.kepu.content.serviceorder.ServiceOrderStatus;

/**
 * The staff list grouped by what the person must do next: one group per step they hold (dispatch,
 * claim, pass on, accept, complete), then orders that others hold now, then closed ones.
 */
public final class DeskGroups {

    /** A heading (its message key ends in {@code key}) and its orders, overdue ones first. */
    public record Group(String key, boolean mine, List<OrderView> orders) {}

    private static final List<String> ORDER = List.of(
            ServiceOrderStatus.ORDERED.name(),
            ServiceOrderStatus.DISPATCHED.name(),
            ServiceOrderStatus.CLAIMED.name(),
            ServiceOrderStatus.OFFERED.name(),
            ServiceOrderStatus.ACCEPTED.name(),
            "ELSEWHERE",
            "CLOSED");

    private DeskGroups() {}

    static List<Group> of(List<OrderView> orders) {
        Map<String, List<OrderView>> byNext = new LinkedHashMap<>();
        ORDER.forEach(key -> byNext.put(key, new ArrayList<>()));
        orders.forEach(view -> byNext.get(next(view)).add(view));
        // the list arrives newest first; overdue ones go to the top of their group (a stable sort keeps the rest)
        Comparator<OrderView> overdueFirst =
                Comparator.comparing(view -> view.overdue().isEmpty());
        return byNext.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(e -> new Group(
                        e.getKey(),
                        !e.getKey().equals("ELSEWHERE") && !e.getKey().equals("CLOSED"),
                        e.getValue().stream().sorted(overdueFirst).toList()))
                .toList();
    }

    /** What the person does next with the order; the contact is shown exactly to whoever holds it. */
    private static String next(OrderView view) {
        ServiceOrderStatus status = view.order().getStatus();
        if (status.isClosed()) {
            return "CLOSED";
        }
        return view.contactShown() ? status.name() : "ELSEWHERE";
    }
}
