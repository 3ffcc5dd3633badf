package org.kepu.content.indicator;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan's indicators (seeded by migrations V11 and V38) and their values: typed reports, or
 * amounts computed by the {@link IndicatorMeasures} of other features for indicators naming a measure.
 */
@Service
public class Indicators {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ObjectProvider<IndicatorMeasures> measures;

    Indicators(JdbcClient jdbc, Clock clock, ObjectProvider<IndicatorMeasures> measures) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.measures = measures;
    }

    @Transactional(readOnly = true)
    public List<Indicator> all() {
        return jdbc.sql("select id, code, name, unit, goal, kind, period_start, period_end, lead_department, measure"
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
                        rs.getString(9),
                        rs.getString(10)))
                .list();
    }

    /** The indicators whose values are typed in: the only ones the report form offers. */
    @Transactional(readOnly = true)
    public List<Indicator> typed() {
        return all().stream().filter(i -> i.source() == IndicatorSource.TYPED).toList();
    }

    /** Every indicator with its standing today. */
    @Transactional(readOnly = true)
    public List<IndicatorProgress> progress() {
        LocalDate today = today();
        Map<Long, List<IndicatorReport>> reports =
                reports().stream().collect(Collectors.groupingBy(IndicatorReport::indicatorId));
        return all().stream()
                .map(i -> IndicatorProgress.of(
                        i,
                        i.source() == IndicatorSource.COMPUTED
                                ? computed(i, today)
                                : reports.getOrDefault(i.id(), List.of()),
                        today))
                .toList();
    }

    /** Every indicator's current value, as the API answers it. */
    @Transactional(readOnly = true)
    public List<IndicatorValue> values() {
        LocalDate today = today();
        Map<Long, LocalDate> latest = reports().stream()
                .collect(Collectors.toMap(
                        IndicatorReport::indicatorId, IndicatorReport::date, (a, b) -> a.isAfter(b) ? a : b));
        return progress().stream()
                .map(p -> {
                    Indicator i = p.indicator();
                    boolean computed = i.source() == IndicatorSource.COMPUTED;
                    return new IndicatorValue(
                            i.code(),
                            i.name(),
                            p.actual(),
                            i.goal(),
                            i.unit(),
                            i.source(),
                            computed ? today : latest.get(i.id()));
                })
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

    /**
     * Records a value; negative values, dates in the future and computed indicators (their value
     * comes from what was done, a typed report would count it twice) are refused.
     */
    @Transactional
    public void report(long indicatorId, LocalDate date, BigDecimal amount, String note, String enteredBy) {
        if (amount.signum() < 0 || date.isAfter(today())) {
            throw new IllegalArgumentException("Refused indicator report " + amount + " at " + date);
        }
        boolean typed = typed().stream().anyMatch(i -> i.id() == indicatorId);
        if (!typed) {
            throw new IllegalArgumentException("No typed indicator " + indicatorId);
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

    /**
     * The measure's amounts as reports of the indicator. A zero today is added: nothing done yet is
     * a value (behind), not a missing report.
     */
    private List<IndicatorReport> computed(Indicator indicator, LocalDate today) {
        List<IndicatorReport> reports = new ArrayList<>();
        measures.orderedStream()
                .filter(source -> source.names().contains(indicator.measure()))
                .flatMap(source -> source.amounts(indicator.measure()).stream())
                .map(a -> new IndicatorReport(indicator.id(), a.date(), a.amount(), null, null))
                .forEach(reports::add);
        reports.add(new IndicatorReport(indicator.id(), today, BigDecimal.ZERO, null, null));
        reports.sort(Comparator.comparing(IndicatorReport::date));
        return reports;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(BEIJING));
    }
}
