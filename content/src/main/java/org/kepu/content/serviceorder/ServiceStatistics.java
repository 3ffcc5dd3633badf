package org.kepu.content.serviceorder;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kepu.content.column.Columns;
import org.kepu.content.column.ContentColumn;
import org.kepu.content.reference.Audience;
import org.kepu.content.reference.Audiences;
import org.kepu.content.reference.Town;
import org.kepu.content.reference.Towns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public and the indicator pages read of the services held: this month by town, the most
 * ordered topics, the time from order to service and the ratings over the last year, and the year's
 * activities per town and per audience. Counts only: no resident, staff or volunteer appears.
 */
@Service
public class ServiceStatistics {

    /** A town's services held in a period. */
    public record Held(String code, String name, int held, long people) {}

    public record TopicCount(String topic, int orders) {}

    /**
     * The public page's figures.
     *
     * @param averageDays days from order to service, over services of the last year; null without any
     * @param averageRating stars over ratings of the last year; null without any
     */
    public record Summary(
            YearMonth month,
            List<Held> towns,
            int held,
            long people,
            List<TopicCount> topics,
            BigDecimal averageDays,
            BigDecimal averageRating,
            int ratings) {}

    private static final int TOPICS_SHOWN = 8;

    private final JdbcClient jdbc;
    private final Towns towns;
    private final Audiences audiences;
    private final Columns columns;
    private final Clock clock;

    ServiceStatistics(JdbcClient jdbc, Towns towns, Audiences audiences, Columns columns, Clock clock) {
        this.jdbc = jdbc;
        this.towns = towns;
        this.audiences = audiences;
        this.columns = columns;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Summary summary() {
        Instant now = clock.instant();
        YearMonth month = YearMonth.now(clock.withZone(ServiceYear.BEIJING));
        Instant yearAgo = now.minus(365, ChronoUnit.DAYS);
        List<Row> rows = rows(Timestamp.from(yearAgo.isBefore(start(month)) ? yearAgo : start(month)));
        List<Row> thisMonth = rows.stream()
                .filter(r -> r.completedAt() != null && !r.completedAt().isBefore(start(month)))
                .toList();
        List<Held> byTown = held(
                thisMonth,
                Row::town,
                towns.findAllByOrderBySortOrder().stream()
                        .collect(Collectors.toMap(Town::code, Town::name, (a, b) -> a, LinkedHashMap::new)));
        List<Row> lastYear =
                rows.stream().filter(r -> !r.createdAt().isBefore(yearAgo)).toList();
        List<Row> doneLastYear = rows.stream()
                .filter(r -> r.completedAt() != null && !r.completedAt().isBefore(yearAgo))
                .toList();
        List<Integer> stars =
                doneLastYear.stream().map(Row::rating).filter(r -> r != null).toList();
        return new Summary(
                month,
                byTown,
                thisMonth.size(),
                thisMonth.stream().mapToLong(Row::attendance).sum(),
                topics(lastYear),
                average(doneLastYear.stream().map(Row::daysToService).toList()),
                average(stars.stream().map(Integer::longValue).toList()),
                stars.size());
    }

    /** The year's completed orders (activities) and people reached, per town; every town is listed. */
    @Transactional(readOnly = true)
    public List<Held> byTown(ServiceYear year) {
        return held(
                completedIn(year),
                Row::town,
                towns.findAllByOrderBySortOrder().stream()
                        .collect(Collectors.toMap(Town::code, Town::name, (a, b) -> a, LinkedHashMap::new)));
    }

    /** The same per audience (人群); orders naming none are under the empty code. */
    @Transactional(readOnly = true)
    public List<Held> byAudience(ServiceYear year) {
        Map<String, String> names = audiences.findAllByOrderBySortOrder().stream()
                .collect(Collectors.toMap(Audience::code, Audience::name, (a, b) -> a, LinkedHashMap::new));
        names.put("", "");
        return held(completedIn(year), r -> r.audience() == null ? "" : r.audience(), names);
    }

    private List<Row> completedIn(ServiceYear year) {
        return rows(year.from()).stream()
                .filter(r -> r.completedAt() != null
                        && !r.completedAt().isBefore(year.from().toInstant())
                        && r.completedAt().isBefore(year.until().toInstant()))
                .toList();
    }

    private static List<Held> held(List<Row> done, Function<Row, String> key, Map<String, String> names) {
        Map<String, List<Row>> grouped = done.stream().collect(Collectors.groupingBy(key));
        return names.entrySet().stream()
                .map(e -> {
                    List<Row> of = grouped.getOrDefault(e.getKey(), List.of());
                    return new Held(
                            e.getKey(),
                            e.getValue(),
                            of.size(),
                            of.stream().mapToLong(Row::attendance).sum());
                })
                .toList();
    }

    private List<TopicCount> topics(List<Row> placed) {
        Map<Long, String> columnNames = columns.findAllByOrderBySortOrderAscIdAsc().stream()
                .collect(Collectors.toMap(ContentColumn::id, ContentColumn::name));
        // a theme chosen from the columns counts under its name; typed topics as typed
        return placed.stream()
                .map(r -> r.column() != null && columnNames.containsKey(r.column())
                        ? columnNames.get(r.column())
                        : r.topic().strip())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .entrySet()
                .stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOPICS_SHOWN)
                .map(e -> new TopicCount(e.getKey(), e.getValue().intValue()))
                .toList();
    }

    private static BigDecimal average(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        long sum = values.stream().mapToLong(Long::longValue).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(values.size()), 1, RoundingMode.HALF_UP);
    }

    private static Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay(ServiceYear.BEIJING).toInstant();
    }

    private record Row(
            String topic,
            Long column,
            String town,
            String audience,
            int attendance,
            Integer rating,
            Instant createdAt,
            LocalDate serviceDate,
            Instant completedAt) {

        /** Whole days from the order to the service day (the day it was completed if no date was set). */
        long daysToService() {
            LocalDate ordered = LocalDate.ofInstant(createdAt, ServiceYear.BEIJING);
            LocalDate held = serviceDate != null ? serviceDate : LocalDate.ofInstant(completedAt, ServiceYear.BEIJING);
            return Math.max(0, ChronoUnit.DAYS.between(ordered, held));
        }
    }

    /** Orders placed or completed since {@code since}, merged duplicates left out. */
    private List<Row> rows(Timestamp since) {
        return jdbc.sql(
                        "select topic, column_id, town_code, audience_code, coalesce(attendance, 0), rating, created_at,"
                                + " service_date, case when status = 'COMPLETED' then completed_at end from service_order"
                                + " where status <> 'MERGED' and (created_at >= ? or completed_at >= ?)")
                .params(since, since)
                .query((rs, n) -> new Row(
                        rs.getString(1),
                        rs.getObject(2, Long.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getInt(5),
                        rs.getObject(6, Integer.class),
                        rs.getTimestamp(7).toInstant(),
                        rs.getObject(8, LocalDate.class),
                        rs.getTimestamp(9) == null ? null : rs.getTimestamp(9).toInstant()))
                .list();
    }
}
