package org.kepu.portal.serviceorder;

import java.util.List;
import org.kepu.content.serviceorder.ExpertPage;
import org.kepu.content.serviceorder.ExpertQuery;
import org.kepu.content.serviceorder.ExpertView;
import org.kepu.content.serviceorder.Experts;
import org.kepu.content.serviceorder.OrderView;
import org.kepu.content.serviceorder.RecordedHours;
import org.kepu.content.serviceorder.ServiceStaff;
import org.kepu.content.serviceorder.Volunteer;
import org.kepu.content.serviceorder.Volunteers;
import org.kepu.portal.web.ServiceScopes;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The people part of a staff order page: experts attached and the form to attach more, the hours
 * the team recorded and the form to record them. The order page includes it as a fragment that asks
 * this bean ({@code ${@orderPeople.of(view)}}), so the order's controller needs no change. Public
 * because the template calls it.
 */
@Component("orderPeople")
public class OrderPeople {

    /** What the fragment shows; the candidates are a first page, the full search is linked. */
    public record Panel(
            long orderId,
            List<ExpertView> experts,
            boolean mayAttach,
            List<ExpertView> candidates,
            List<RecordedHours> hours,
            boolean mayRecord,
            List<Volunteer> volunteers) {

        /** The hours recorded for the volunteer, or null: what the form is filled with. */
        public String hoursOf(long volunteerId) {
            return hours.stream()
                    .filter(h -> h.volunteerId() == volunteerId)
                    .map(h -> h.hours().stripTrailingZeros().toPlainString())
                    .findFirst()
                    .orElse(null);
        }
    }

    private final Experts experts;
    private final Volunteers volunteers;
    private final ServiceScopes scopes;

    OrderPeople(Experts experts, Volunteers volunteers, ServiceScopes scopes) {
        this.experts = experts;
        this.volunteers = volunteers;
        this.scopes = scopes;
    }

    public Panel of(OrderView view) {
        ServiceStaff staff = scopes.of(SecurityContextHolder.getContext().getAuthentication());
        long id = view.order().getId();
        boolean attach = experts.mayAttach(id, staff);
        boolean record = volunteers.mayRecord(id, staff);
        List<RecordedHours> hours = volunteers.hoursOf(id, staff);
        // retired people stay on the form of an order they already have hours on
        List<Volunteer> people = record
                ? volunteers.ofTeam(view.order().getTeamId(), true).stream()
                        .filter(v -> !v.retired() || hours.stream().anyMatch(h -> h.volunteerId() == v.id()))
                        .toList()
                : List.of();
        return new Panel(
                id,
                experts.attachedTo(id, staff),
                attach,
                attach ? candidates(view, staff) : List.of(),
                hours,
                record,
                people);
    }

    /** Available experts for the order's town on its theme; of the town alone when none is on it. */
    private List<ExpertView> candidates(OrderView view, ServiceStaff staff) {
        String town = view.order().getTownCode();
        Long theme = view.order().getColumnId();
        if (theme != null) {
            ExpertPage onTheme = experts.search(new ExpertQuery(theme, town, null, "", true, false, 0), staff);
            if (!onTheme.experts().isEmpty()) {
                return onTheme.experts();
            }
        }
        return experts.search(new ExpertQuery(null, town, null, "", true, false, 0), staff)
                .experts();
    }
}
