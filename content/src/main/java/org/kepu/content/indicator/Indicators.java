package org.kepu.content.indicator;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The plan's indicators (seeded by migration V11) and their reports. */
@Service
public class Indicators {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;
    private final Clock clock;

    Indicators(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Indicator> all() {
        return jdbc.sql("select id, code, name, unit, goal, kind, period_start, period_end, lead_department"
                        + " from indicator order by sort_order, id")
                .query((rs, n) -> new Indicator(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getBigDecimal(5),
                        IndicatorKind.valueOf(rs.getString(6)),
                        rs.getObject(7, LocalDate.class),
                        rs.getObject(8, LocalDate.class),
                        rs.getString(9)))
                .list();
    }

    /** Every indicator with its standing today. */
    @Transactional(readOnly = true)
    public List<IndicatorProgress> progress() {
        LocalDate today = LocalDate.now(clock.withZone(BEIJING));
        Map<Long, List<IndicatorReport>> reports =
                reports().stream().collect(Collectors.groupingBy(IndicatorReport::indicatorId));
        return all().stream()
                .map(i -> IndicatorProgress.of(i, reports.getOrDefault(i.id(), List.of()), today))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<IndicatorReport> reports() {
        return jdbc.sql("select indicator_id, report_date, amount, note, entered_by from indicator_report"
                        + " order by report_date, id")
                .query((rs, n) -> new IndicatorReport(
                        rs.getLong(1),
                        rs.getObject(2, LocalDate.class),
                        rs.getBigDecimal(3),
                        rs.getString(4),
                        rs.getString(5)))
                .list();
    }

    /** Records a value; negative values and dates in the future are refused. */
    @Transactional
    public void report(long indicatorId, LocalDate date, BigDecimal amount, String note, String enteredBy) {
        if (amount.signum() < 0 || date.isAfter(LocalDate.now(clock.withZone(BEIJING)))) {
            throw new IllegalArgumentException("Refused indicator report " + amount + " at " + date);
        }
        int found = jdbc.sql("select count(*) from indicator where id = ?")
                .param(indicatorId)
                .query(Integer.class)
                .single();
        if (found == 0) {
            throw new IllegalArgumentException("No indicator " + indicatorId);
        }
        jdbc.sql("insert into indicator_report (indicator_id, report_date, amount, note, entered_by, entered_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(indicatorId, date, amount, note, enteredBy, Timestamp.from(clock.instant()))
                .update();
    }

    public long reportCount() {
        return jdbc.sql("select count(*) from indicator_report")
                .query(Long.class)
                .single();
    }
}
