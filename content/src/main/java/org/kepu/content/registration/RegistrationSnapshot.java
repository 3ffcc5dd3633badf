package org.kepu.content.registration;

import java.time.LocalDate;
import java.util.List;

/**
 * Where registrations stand against a target on a day: the banner total, each town against its
 * allocation with its activity, the cumulative trend, weekly increments, the ranking and the
 * forecast.
 *
 * @param daysLeft days from today to the deadline, 0 once it has passed
 */
public record RegistrationSnapshot(
        RegistrationTarget target,
        LocalDate today,
        int total,
        double percent,
        long daysLeft,
        boolean deadlinePassed,
        List<TownProgress> towns,
        List<TownProgress> ranking,
        List<TrendPoint> trend,
        List<WeeklyIncrement> weeks,
        Forecast forecast) {

    /** A town's cumulative registrations, its allocation (if any), and its activity. */
    public record TownProgress(
            String townCode,
            String name,
            int total,
            Integer goal,
            Double percent,
            Integer active,
            Long shares,
            LocalDate lastReport) {

        /** Many sign-ups but few who share: fewer than one in ten active, or no shares at all. */
        public boolean lowActivity() {
            if (total == 0) {
                return false;
            }
            return (active != null && active * 10L < total) || (shares != null && shares == 0);
        }

        /** Active officers per 100 registered, if reported. */
        public Double activeShare() {
            return active == null || total == 0 ? null : Math.round(active * 1000.0 / total) / 10.0;
        }
    }

    public record TrendPoint(LocalDate date, int total) {}

    /** Registrations gained in the week starting on Monday {@code weekStart}. */
    public record WeeklyIncrement(LocalDate weekStart, int increment) {}
}
