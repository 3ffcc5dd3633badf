package org.kepu.content.registration;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.kepu.content.reference.Town;
import org.kepu.content.reference.Towns;
import org.kepu.content.registration.RegistrationSnapshot.TownProgress;
import org.kepu.content.registration.RegistrationSnapshot.TrendPoint;
import org.kepu.content.registration.RegistrationSnapshot.WeeklyIncrement;
import org.kepu.content.registration.ReportLine.SeriesKey;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the dashboard from the reports in effect. A town's count on a day is the sum over its
 * units of each unit's latest cumulative count up to that day.
 */
@Service
public class RegistrationProgress {

    static final int WEEKS_SHOWN = 12;

    private final RegistrationReports reports;
    private final RegistrationTargets targets;
    private final Towns towns;
    private final Clock clock;

    RegistrationProgress(RegistrationReports reports, RegistrationTargets targets, Towns towns, Clock clock) {
        this.reports = reports;
        this.targets = targets;
        this.towns = towns;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ImportJobHandler.BEIJING));
    }

    /** The snapshot for the current target, if any target exists. */
    @Transactional(readOnly = true)
    public Optional<RegistrationSnapshot> current() {
        LocalDate today = today();
        return targets.current(today).map(target -> snapshot(target, today));
    }

    @Transactional(readOnly = true)
    public RegistrationSnapshot snapshot(RegistrationTarget target, LocalDate today) {
        List<StoredReport> inEffect = reports.inEffect().stream()
                .filter(r -> !r.date().isAfter(today))
                .toList();
        NavigableMap<LocalDate, Integer> trend = trend(inEffect);
        int total = Forecast.valueAt(trend, today);
        List<TownProgress> byTown = towns(inEffect, target);
        List<TownProgress> ranking = byTown.stream()
                .sorted(Comparator.comparing((TownProgress t) -> t.percent() == null ? -1 : t.percent())
                        .thenComparingInt(TownProgress::total)
                        .reversed())
                .toList();
        long daysLeft = Math.max(0, ChronoUnit.DAYS.between(today, target.deadline()));
        return new RegistrationSnapshot(
                target,
                today,
                total,
                percent(total, target.goal()),
                daysLeft,
                today.isAfter(target.deadline()),
                byTown,
                ranking,
                trend.entrySet().stream()
                        .map(e -> new TrendPoint(e.getKey(), e.getValue()))
                        .toList(),
                weeks(trend),
                Forecast.of(trend, target.goal(), target.deadline()));
    }

    /** The banner total after each report date: every report changes its series' contribution. */
    static NavigableMap<LocalDate, Integer> trend(List<StoredReport> inEffectByDate) {
        NavigableMap<LocalDate, Integer> trend = new TreeMap<>();
        Map<SeriesKey, Integer> current = new HashMap<>();
        int running = 0;
        for (StoredReport report : inEffectByDate) {
            Integer before = current.put(new SeriesKey(report.townCode(), report.unitName()), report.registered());
            running += report.registered() - (before == null ? 0 : before);
            trend.put(report.date(), running);
        }
        return trend;
    }

    private List<TownProgress> towns(List<StoredReport> inEffect, RegistrationTarget target) {
        Map<SeriesKey, StoredReport> latest = new HashMap<>();
        inEffect.forEach(r -> latest.put(new SeriesKey(r.townCode(), r.unitName()), r));
        List<TownProgress> result = new ArrayList<>();
        for (Town town : towns.findAllByOrderBySortOrder()) {
            List<StoredReport> own = latest.values().stream()
                    .filter(r -> r.townCode().equals(town.code()))
                    .toList();
            int total = own.stream().mapToInt(StoredReport::registered).sum();
            Integer active = own.stream().anyMatch(r -> r.active() != null)
                    ? own.stream()
                            .mapToInt(r -> r.active() == null ? 0 : r.active())
                            .sum()
                    : null;
            Long shares = own.stream().anyMatch(r -> r.shares() != null)
                    ? own.stream()
                            .mapToLong(r -> r.shares() == null ? 0 : r.shares())
                            .sum()
                    : null;
            LocalDate last = own.stream()
                    .map(StoredReport::date)
                    .max(LocalDate::compareTo)
                    .orElse(null);
            Integer goal = target.allocation(town.code());
            result.add(new TownProgress(
                    town.code(),
                    town.name(),
                    total,
                    goal,
                    goal == null ? null : percent(total, goal),
                    active,
                    shares,
                    last));
        }
        return result;
    }

    /** Gains per week (Monday to Sunday) for the last weeks up to the latest report. */
    static List<WeeklyIncrement> weeks(NavigableMap<LocalDate, Integer> trend) {
        if (trend.isEmpty()) {
            return List.of();
        }
        LocalDate lastWeek = trend.lastKey().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<WeeklyIncrement> weeks = new ArrayList<>();
        for (int i = WEEKS_SHOWN - 1; i >= 0; i--) {
            LocalDate start = lastWeek.minusWeeks(i);
            int before = Forecast.valueAt(trend, start.minusDays(1));
            int after = Forecast.valueAt(trend, start.plusDays(6));
            weeks.add(new WeeklyIncrement(start, after - before));
        }
        return weeks;
    }

    static double percent(int value, int goal) {
        return goal <= 0 ? 0 : Math.round(value * 1000.0 / goal) / 10.0;
    }
}
