package org.kepu.content.registration;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.NavigableMap;

/**
 * When the goal will be reached at the pace of the last 30 days, and what daily pace the deadline
 * needs. Both are measured from {@code asOf}, the date of the latest report, not from today: figures
 * arrive late, and counting the days since as days without sign-ups would understate the pace.
 *
 * @param dailyRate registrations per day over the 30 days up to {@code asOf}
 * @param paceDays the days the pace was measured over: 30, fewer when reports began less than 30
 *     days before {@code asOf}, 0 when there is only one report date (no pace, no forecast)
 * @param reachedOn the day the goal was reached, or at {@code dailyRate} will be; null if never
 * @param requiredDailyRate the pace from {@code asOf} that reaches the goal on the deadline; null
 *     when it is reached or the deadline has passed
 */
public record Forecast(
        LocalDate asOf,
        int total,
        double dailyRate,
        long paceDays,
        boolean reached,
        LocalDate reachedOn,
        Double requiredDailyRate,
        boolean onTrack) {

    static final int WINDOW_DAYS = 30;

    /**
     * @param trend the cumulative total after each report date
     */
    public static Forecast of(NavigableMap<LocalDate, Integer> trend, int goal, LocalDate deadline) {
        if (trend.isEmpty()) {
            return new Forecast(null, 0, 0, 0, false, null, null, false);
        }
        LocalDate asOf = trend.lastKey();
        int total = trend.lastEntry().getValue();
        // Before the first report nothing is known, not zero: with less than 30 days of reports the
        // pace is measured from the first report; with a single report date there is none.
        LocalDate from = asOf.minusDays(WINDOW_DAYS);
        long window = WINDOW_DAYS;
        if (trend.floorKey(from) == null) {
            from = trend.firstKey();
            window = ChronoUnit.DAYS.between(from, asOf);
        }
        int gained = total - valueAt(trend, from);
        double rate = window == 0 ? 0 : gained / (double) window;
        if (total >= goal) {
            LocalDate on = trend.entrySet().stream()
                    .filter(e -> e.getValue() >= goal)
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElse(asOf);
            return new Forecast(asOf, total, rate, window, true, on, null, true);
        }
        int remaining = goal - total;
        LocalDate reachedOn = null;
        if (gained > 0 && window > 0) {
            // whole days, rounded up: exact integer arithmetic instead of remaining / rate
            long days = (remaining * window + gained - 1) / gained;
            reachedOn = asOf.plusDays(days);
        }
        long daysToDeadline = ChronoUnit.DAYS.between(asOf, deadline);
        Double required = daysToDeadline > 0 ? remaining / (double) daysToDeadline : null;
        boolean onTrack = reachedOn != null && !reachedOn.isAfter(deadline);
        return new Forecast(asOf, total, rate, window, false, reachedOn, required, onTrack);
    }

    /** The cumulative total on a day: the last value at or before it, 0 before the first report. */
    static int valueAt(NavigableMap<LocalDate, Integer> trend, LocalDate day) {
        var entry = trend.floorEntry(day);
        return entry == null ? 0 : entry.getValue();
    }
}
