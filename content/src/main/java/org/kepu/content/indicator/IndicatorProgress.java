package org.kepu.content.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * An indicator's standing on a day.
 *
 * @param actual the value compared with the goal (a sum or the latest value, by kind); null without reports
 * @param expected the part of the goal the elapsed share of the period (or year) asks for
 * @param year for annual indicators, the year evaluated
 */
public record IndicatorProgress(
        Indicator indicator, BigDecimal actual, BigDecimal expected, Integer year, IndicatorStatus status) {

    /**
     * Evaluates on {@code today}: annual goals on the current year (the last year of the period once
     * it has ended), the others over the period up to today.
     */
    public static IndicatorProgress of(Indicator indicator, List<IndicatorReport> reports, LocalDate today) {
        LocalDate day = today.isAfter(indicator.periodEnd()) ? indicator.periodEnd() : today;
        boolean annual =
                indicator.kind() == IndicatorKind.ANNUAL_TOTAL || indicator.kind() == IndicatorKind.ANNUAL_LEVEL;
        LocalDate from = annual ? day.withDayOfYear(1) : indicator.periodStart();
        LocalDate to = annual ? day.withDayOfYear(day.lengthOfYear()) : indicator.periodEnd();
        List<IndicatorReport> inScope = reports.stream()
                .filter(r -> !r.date().isBefore(from) && !r.date().isAfter(day))
                .sorted(Comparator.comparing(IndicatorReport::date))
                .toList();
        double elapsed = elapsed(from, to, today);
        BigDecimal expected =
                indicator.goal().multiply(BigDecimal.valueOf(elapsed)).setScale(2, RoundingMode.HALF_UP);
        Integer year = annual ? day.getYear() : null;
        if (inScope.isEmpty()) {
            return new IndicatorProgress(indicator, null, expected, year, IndicatorStatus.NO_DATA);
        }
        BigDecimal actual = switch (indicator.kind()) {
            case LEVEL, ANNUAL_LEVEL -> inScope.get(inScope.size() - 1).amount();
            case PERIOD_TOTAL, ANNUAL_TOTAL ->
                inScope.stream().map(IndicatorReport::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        };
        IndicatorStatus status = actual.compareTo(indicator.goal()) >= 0
                ? IndicatorStatus.REACHED
                : actual.compareTo(expected) >= 0 ? IndicatorStatus.ON_TRACK : IndicatorStatus.BEHIND;
        return new IndicatorProgress(indicator, actual, expected, year, status);
    }

    /** The share of [from, to] that has passed on {@code today}, between 0 and 1. */
    static double elapsed(LocalDate from, LocalDate to, LocalDate today) {
        long length = ChronoUnit.DAYS.between(from, to) + 1;
        long passed = ChronoUnit.DAYS.between(from, today) + 1;
        return Math.max(0, Math.min(1, passed / (double) length));
    }

    /** The actual value as a share of the goal, in percent (capped at 100 for the bar). */
    public int percentOfGoal() {
        if (actual == null || indicator.goal().signum() == 0) {
            return 0;
        }
        return actual.multiply(BigDecimal.valueOf(100))
                .divide(indicator.goal(), 0, RoundingMode.DOWN)
                .min(BigDecimal.valueOf(100))
                .intValue();
    }
}
