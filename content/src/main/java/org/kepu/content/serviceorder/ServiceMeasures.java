package org.kepu.content.serviceorder;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.kepu.content.indicator.IndicatorMeasures;
import org.kepu.content.indicator.MeasuredAmount;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The plan indicators that count what was done, from completed orders: lectures and activities held
 * (on the day they were completed), people reached (their attendance) and volunteer service hours
 * (the hours recorded for them). The platform registers no other activities, so these are all.
 */
@Component
class ServiceMeasures implements IndicatorMeasures {

    static final String LECTURES = "service.lectures";
    static final String ACTIVITIES = "service.activities";
    static final String PEOPLE = "service.people";
    static final String HOURS = "service.volunteer-hours";

    private final JdbcClient jdbc;

    ServiceMeasures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> names() {
        return Set.of(LECTURES, ACTIVITIES, PEOPLE, HOURS);
    }

    @Override
    public List<MeasuredAmount> amounts(String measure) {
        return switch (measure) {
            case LECTURES ->
                completed().stream()
                        .filter(c -> ServiceKind.of(c.topic()) == ServiceKind.LECTURE)
                        .map(c -> new MeasuredAmount(c.day(), BigDecimal.ONE))
                        .toList();
            case ACTIVITIES ->
                completed().stream()
                        .map(c -> new MeasuredAmount(c.day(), BigDecimal.ONE))
                        .toList();
            case PEOPLE ->
                completed().stream()
                        .map(c -> new MeasuredAmount(c.day(), BigDecimal.valueOf(c.attendance())))
                        .toList();
            case HOURS -> hours();
            default -> List.of();
        };
    }

    private record Completed(String topic, int attendance, LocalDate day) {}

    private List<Completed> completed() {
        return jdbc.sql("select topic, attendance, completed_at from service_order where status = 'COMPLETED'")
                .query((rs, n) -> new Completed(
                        rs.getString(1),
                        rs.getInt(2),
                        LocalDate.ofInstant(rs.getTimestamp(3).toInstant(), ServiceYear.BEIJING)))
                .list();
    }

    private List<MeasuredAmount> hours() {
        return jdbc.sql("select o.completed_at, sum(h.hours) from volunteer_hours h"
                        + " join service_order o on o.id = h.order_id where o.status = 'COMPLETED'"
                        + " group by o.id, o.completed_at")
                .query((rs, n) -> new MeasuredAmount(
                        LocalDate.ofInstant(rs.getTimestamp(1).toInstant(), ServiceYear.BEIJING), rs.getBigDecimal(2)))
                .list();
    }
}
