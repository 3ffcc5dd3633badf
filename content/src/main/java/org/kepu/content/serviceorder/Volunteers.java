package org.kepu.content.serviceorder;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kepu.content.audit.AuditLog;
import org.kepu.content.reference.Towns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people of the volunteer teams and the hours they gave. Hours are recorded after an order is
 * completed, by its team (or an administrator), as a record of their own keyed by the order: the
 * completion step stays as it is, and the hours can be corrected as a whole.
 */
@Service
public class Volunteers {

    /** At most this many hours per person and order: a day. */
    static final BigDecimal MAX_HOURS = BigDecimal.valueOf(24);

    // a form posting more people than a team could have is not a team's form
    private static final int MAX_PEOPLE = 200;

    private final JdbcClient jdbc;
    private final ServiceOrderRepository orders;
    private final ServiceDirectory directory;
    private final Towns towns;
    private final AuditLog audit;
    private final Clock clock;

    Volunteers(
            JdbcClient jdbc,
            ServiceOrderRepository orders,
            ServiceDirectory directory,
            Towns towns,
            AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.orders = orders;
        this.directory = directory;
        this.towns = towns;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new volunteer team; its name is unique across the banner. */
    @Transactional
    public ServiceDirectory.Team addTeam(String name, String townCode, Long departmentId, String by) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 60) {
            throw new ServicePeopleRefused("services.team.name", 60);
        }
        if (directory.teams().stream().anyMatch(t -> t.name().equals(clean))) {
            throw new ServicePeopleRefused("services.team.duplicate", clean);
        }
        String town = townCode == null || townCode.isBlank() ? null : townCode;
        if (town != null && !towns.findByCode(town).isPresent()) {
            throw new ServicePeopleRefused("services.team.town");
        }
        if (departmentId != null && directory.department(departmentId).isEmpty()) {
            throw new ServicePeopleRefused("services.team.department");
        }
        ServiceDirectory.Team team = directory.addTeam(clean, town, departmentId, clock.instant());
        audit.record(by, "volunteer-team.added", "volunteer-team", team.id(), clean);
        return team;
    }

    /** The team's people, retired ones only when asked. */
    @Transactional(readOnly = true)
    public List<Volunteer> ofTeam(long teamId, boolean withRetired) {
        return jdbc.sql("select id, team_id, name, phone, retired_at from volunteer where team_id = ?"
                        + (withRetired ? "" : " and retired_at is null")
                        + " order by name, id")
                .param(teamId)
                .query((rs, n) -> new Volunteer(
                        rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getTimestamp(5) != null))
                .list();
    }

    /** Adds a person to a team; the phone may stay empty. */
    @Transactional
    public Volunteer add(long teamId, String name, String phone, String by) {
        directory.team(teamId).orElseThrow(() -> new ServicePeopleRefused("services.volunteer.no-team"));
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 40) {
            throw new ServicePeopleRefused("services.volunteer.name", 40);
        }
        String number = phone == null || phone.isBlank() ? null : Phones.clean(phone);
        if (phone != null && !phone.isBlank() && number == null) {
            throw new ServicePeopleRefused("services.volunteer.phone");
        }
        if (ofTeam(teamId, true).stream().anyMatch(v -> v.name().equals(clean))) {
            throw new ServicePeopleRefused("services.volunteer.duplicate", clean);
        }
        jdbc.sql("insert into volunteer (team_id, name, phone, created_at) values (?, ?, ?, ?)")
                .params(teamId, clean, number, Timestamp.from(clock.instant()))
                .update();
        Volunteer added = ofTeam(teamId, true).stream()
                .filter(v -> v.name().equals(clean))
                .findFirst()
                .orElseThrow();
        audit.record(by, "volunteer.added", "volunteer", added.id(), clean);
        return added;
    }

    /**
     * The team that served an order names a person of its own who is not on its list yet, from the
     * order's hours form: the team of a completed order, or an administrator.
     */
    @Transactional
    public Volunteer addFor(long orderId, String name, String phone, ServiceStaff staff) {
        ServiceOrder order = visible(orderId, staff);
        if (order.getStatus() != ServiceOrderStatus.COMPLETED || !staff.forTeam(order.getTeamId())) {
            throw new ServicePeopleRefused("services.hours.not-team");
        }
        return add(order.getTeamId(), name, phone, staff.username());
    }

    /** Takes a person off the team's forms; their hours stay. */
    @Transactional
    public void retire(long volunteerId, String by) {
        int changed = jdbc.sql("update volunteer set retired_at = ? where id = ? and retired_at is null")
                .params(Timestamp.from(clock.instant()), volunteerId)
                .update();
        if (changed > 0) {
            audit.record(by, "volunteer.retired", "volunteer", volunteerId, null);
        }
    }

    /** The hours recorded for an order the staff member sees. */
    @Transactional(readOnly = true)
    public List<RecordedHours> hoursOf(long orderId, ServiceStaff staff) {
        visible(orderId, staff);
        return jdbc.sql("select h.volunteer_id, v.name, h.hours from volunteer_hours h"
                        + " join volunteer v on v.id = h.volunteer_id where h.order_id = ? order by v.name, v.id")
                .param(orderId)
                .query((rs, n) -> new RecordedHours(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3)))
                .list();
    }

    /** Whether the staff member records the hours of the order: its team or an administrator, once completed. */
    @Transactional(readOnly = true)
    public boolean mayRecord(long orderId, ServiceStaff staff) {
        ServiceOrder order = visible(orderId, staff);
        return order.getStatus() == ServiceOrderStatus.COMPLETED && staff.forTeam(order.getTeamId());
    }

    /**
     * Replaces the hours of a completed order: volunteer id to hours, people left out gave none.
     * Every person must be of the order's team (retired ones only if they had hours on it already);
     * hours are between 0.5 and 24 in half hours. Nothing changes when anything is wrong.
     */
    @Transactional
    public List<RecordedHours> record(long orderId, Map<Long, BigDecimal> hours, ServiceStaff staff) {
        ServiceOrder order = visible(orderId, staff);
        if (order.getStatus() != ServiceOrderStatus.COMPLETED) {
            throw new ServicePeopleRefused("services.hours.not-completed");
        }
        if (!staff.forTeam(order.getTeamId())) {
            throw new ServicePeopleRefused("services.hours.not-team");
        }
        Map<Long, BigDecimal> given = hours.entrySet().stream()
                .filter(e -> e.getValue() != null && e.getValue().signum() != 0)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        if (given.isEmpty() || given.size() > MAX_PEOPLE) {
            throw new ServicePeopleRefused("services.hours.none");
        }
        List<Long> before =
                hoursOf(orderId, staff).stream().map(RecordedHours::volunteerId).toList();
        Map<Long, Volunteer> team = ofTeam(order.getTeamId(), true).stream()
                .filter(v -> !v.retired() || before.contains(v.id()))
                .collect(Collectors.toMap(Volunteer::id, v -> v));
        for (Map.Entry<Long, BigDecimal> entry : given.entrySet()) {
            if (!team.containsKey(entry.getKey())) {
                throw new ServicePeopleRefused("services.hours.not-member");
            }
            if (!valid(entry.getValue())) {
                throw new ServicePeopleRefused(
                        "services.hours.range", team.get(entry.getKey()).name(), MAX_HOURS);
            }
        }
        jdbc.sql("delete from volunteer_hours where order_id = ?")
                .param(orderId)
                .update();
        Instant now = clock.instant();
        given.forEach((volunteer, h) -> jdbc.sql("insert into volunteer_hours"
                        + " (order_id, volunteer_id, hours, recorded_by, recorded_at) values (?, ?, ?, ?, ?)")
                .params(orderId, volunteer, h, staff.username(), Timestamp.from(now))
                .update());
        BigDecimal total = given.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        audit.record(
                staff.username(),
                "service-order.hours",
                "service-order",
                orderId,
                given.size() + " volunteers, " + total.toPlainString() + " h");
        return hoursOf(orderId, staff);
    }

    /** Half hours from 0.5 to 24. */
    private static boolean valid(BigDecimal hours) {
        return hours.signum() > 0
                && hours.compareTo(MAX_HOURS) <= 0
                && hours.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() <= 0;
    }

    private ServiceOrder visible(long orderId, ServiceStaff staff) {
        return orders.findById(orderId)
                .filter(o -> o.isVisibleTo(staff))
                .orElseThrow(() -> new ServiceOrderNotFound("#" + orderId));
    }
}
