package org.kepu.content.serviceorder;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kepu.content.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 科技志愿服务积分: the points rule administrators set, each year's ranking of volunteers and teams
 * from the hours recorded on orders completed that year, and the 优秀科普工作者 / 优秀科普信息员
 * nominations administrators pick from that ranking.
 */
@Service
public class VolunteerPoints {

    private final JdbcClient jdbc;
    private final ServiceDirectory directory;
    private final AuditLog audit;
    private final Clock clock;

    VolunteerPoints(JdbcClient jdbc, ServiceDirectory directory, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PointsRule rule() {
        return jdbc.sql("select points_per_hour, rating_factor, remote_factor from volunteer_points_rule where id = 1")
                .query((rs, n) -> new PointsRule(rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getBigDecimal(3)))
                .single();
    }

    /** @throws ServicePeopleRefused when a factor is outside {@link PointsRule#sensible()} */
    @Transactional
    public void changeRule(PointsRule rule, String by) {
        if (!rule.sensible()) {
            throw new ServicePeopleRefused(
                    "services.points.rule",
                    PointsRule.MAX_PER_HOUR,
                    PointsRule.MAX_RATING_FACTOR,
                    PointsRule.MAX_REMOTE_FACTOR);
        }
        jdbc.sql("update volunteer_points_rule set points_per_hour = ?, rating_factor = ?, remote_factor = ?,"
                        + " updated_by = ?, updated_at = ? where id = 1")
                .params(rule.perHour(), rule.ratingFactor(), rule.remoteFactor(), by, Timestamp.from(clock.instant()))
                .update();
        audit.record(
                by,
                "volunteer-points.rule",
                "volunteer-points",
                1,
                rule.perHour() + "/h, rating " + rule.ratingFactor() + ", remote " + rule.remoteFactor());
    }

    /** Volunteers with hours in the year, most points first; equal points share a rank. */
    @Transactional(readOnly = true)
    public List<Standing> ranking(ServiceYear year) {
        PointsRule rule = rule();
        record Sum(long volunteer, String name, long team, String teamName, Set<Long> orders, BigDecimal[] totals) {}
        Map<Long, Sum> sums = new LinkedHashMap<>();
        for (HoursRow row : rows(year)) {
            Sum sum = sums.computeIfAbsent(
                    row.volunteer(),
                    v -> new Sum(v, row.name(), row.team(), row.teamName(), new HashSet<>(), new BigDecimal[] {
                        BigDecimal.ZERO, BigDecimal.ZERO
                    }));
            sum.orders().add(row.order());
            sum.totals()[0] = sum.totals()[0].add(row.hours());
            sum.totals()[1] = sum.totals()[1].add(rule.points(row.hours(), row.rating(), row.remote()));
        }
        List<Sum> sorted = sums.values().stream()
                .sorted(Comparator.comparing((Sum s) -> s.totals()[1])
                        .reversed()
                        .thenComparing(s -> s.totals()[0], Comparator.reverseOrder())
                        .thenComparing(Sum::name)
                        .thenComparing(Sum::volunteer))
                .toList();
        List<Standing> ranking = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            Sum s = sorted.get(i);
            int rank = i > 0 && ranking.get(i - 1).points().compareTo(s.totals()[1]) == 0
                    ? ranking.get(i - 1).rank()
                    : i + 1;
            ranking.add(new Standing(
                    rank,
                    s.volunteer(),
                    s.name(),
                    s.team(),
                    s.teamName(),
                    s.orders().size(),
                    s.totals()[0],
                    s.totals()[1]));
        }
        return ranking;
    }

    /** Every team with completed orders or hours in the year, by name. */
    @Transactional(readOnly = true)
    public List<TeamYear> teams(ServiceYear year) {
        PointsRule rule = rule();
        record Done(long team, int orders, long people) {}
        Map<Long, Done> done = jdbc
                .sql("select team_id, count(*), coalesce(sum(attendance), 0) from service_order"
                        + " where status = 'COMPLETED' and team_id is not null and completed_at >= ? and completed_at < ?"
                        + " group by team_id")
                .params(year.from(), year.until())
                .query((rs, n) -> new Done(rs.getLong(1), rs.getInt(2), rs.getLong(3)))
                .list()
                .stream()
                .collect(Collectors.toMap(Done::team, Function.identity()));
        Map<Long, BigDecimal[]> given = new LinkedHashMap<>();
        for (HoursRow row : rows(year)) {
            BigDecimal[] totals =
                    given.computeIfAbsent(row.team(), t -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            totals[0] = totals[0].add(row.hours());
            totals[1] = totals[1].add(rule.points(row.hours(), row.rating(), row.remote()));
        }
        return directory.teams().stream()
                .filter(t -> done.containsKey(t.id()) || given.containsKey(t.id()))
                .map(t -> {
                    Done d = done.getOrDefault(t.id(), new Done(t.id(), 0, 0));
                    BigDecimal[] g = given.getOrDefault(t.id(), new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                    return new TeamYear(t.id(), t.name(), d.orders(), d.people(), g[0], g[1]);
                })
                .toList();
    }

    /** Nominates a volunteer of the year's ranking; a second nomination in the same category is refused. */
    @Transactional
    public void nominate(ServiceYear year, long volunteerId, NominationCategory category, String by) {
        if (ranking(year).stream().noneMatch(s -> s.volunteerId() == volunteerId)) {
            throw new ServicePeopleRefused("services.nomination.not-ranked", year.year());
        }
        long existing = jdbc.sql("select count(*) from volunteer_nomination where award_year = ? and volunteer_id = ?"
                        + " and category = ?")
                .params(year.year(), volunteerId, category.name())
                .query(Long.class)
                .single();
        if (existing > 0) {
            throw new ServicePeopleRefused("services.nomination.duplicate");
        }
        jdbc.sql("insert into volunteer_nomination (award_year, volunteer_id, category, nominated_by, nominated_at)"
                        + " values (?, ?, ?, ?, ?)")
                .params(year.year(), volunteerId, category.name(), by, Timestamp.from(clock.instant()))
                .update();
        audit.record(by, "volunteer.nominated", "volunteer", volunteerId, year.year() + " " + category);
    }

    @Transactional
    public void withdraw(ServiceYear year, long volunteerId, NominationCategory category, String by) {
        int removed = jdbc.sql(
                        "delete from volunteer_nomination where award_year = ? and volunteer_id = ? and category = ?")
                .params(year.year(), volunteerId, category.name())
                .update();
        if (removed > 0) {
            audit.record(by, "volunteer.nomination-withdrawn", "volunteer", volunteerId, year.year() + " " + category);
        }
    }

    /** The year's nominations by category, then by rank. */
    @Transactional(readOnly = true)
    public List<Nomination> nominations(ServiceYear year) {
        Map<Long, Standing> standings =
                ranking(year).stream().collect(Collectors.toMap(Standing::volunteerId, Function.identity()));
        return jdbc
                .sql("select volunteer_id, category, nominated_by, nominated_at from volunteer_nomination"
                        + " where award_year = ?")
                .param(year.year())
                .query((rs, n) -> new Nomination(
                        year.year(),
                        NominationCategory.valueOf(rs.getString(2)),
                        standings.get(rs.getLong(1)),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list()
                .stream()
                // hours corrected to none after the nomination: the person is no longer in the ranking
                .filter(nomination -> nomination.standing() != null)
                .sorted(Comparator.comparing(Nomination::category)
                        .thenComparing(nomination -> nomination.standing().rank()))
                .toList();
    }

    private record HoursRow(
            long volunteer,
            String name,
            long team,
            String teamName,
            long order,
            BigDecimal hours,
            Integer rating,
            boolean remote) {}

    private List<HoursRow> rows(ServiceYear year) {
        return jdbc.sql("select h.volunteer_id, v.name, v.team_id, t.name, h.order_id, h.hours, o.rating,"
                        + " coalesce(p.remote, false)"
                        + " from volunteer_hours h join volunteer v on v.id = h.volunteer_id"
                        + " join volunteer_team t on t.id = v.team_id"
                        + " join service_order o on o.id = h.order_id"
                        + " left join service_place p on p.id = o.place_id"
                        + " where o.status = 'COMPLETED' and o.completed_at >= ? and o.completed_at < ?")
                .params(year.from(), year.until())
                .query((rs, n) -> new HoursRow(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getLong(5),
                        rs.getBigDecimal(6),
                        rs.getObject(7, Integer.class),
                        rs.getBoolean(8)))
                .list();
    }
}
