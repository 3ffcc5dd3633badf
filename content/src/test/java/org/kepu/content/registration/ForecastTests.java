package org.kepu.content.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ForecastTests {

    static final LocalDate DEADLINE = LocalDate.of(2025, 12, 31);

    /**
     * Worked by hand. Town A reports 300 on 1 May and 450 on 1 June; town B 100 on 20 May and 160 on
     * 1 June. Banner total on 1 June: 450 + 160 = 610. Thirty days earlier (2 May) only A had
     * reported: 300. Pace: 310 / 30 = 10.33 a day. Goal 1000: 390 to go, 390 / 10.33 = 37.7, so 38
     * days, 9 July 2025. From 1 June to 31 December are 213 days: 390 / 213 = 1.83 a day needed.
     */
    @Test
    void forecastMatchesTheHandComputedExample() {
        List<StoredReport> reports = List.of(
                report("a", "2025-05-01", 300),
                report("b", "2025-05-20", 100),
                report("a", "2025-06-01", 450),
                report("b", "2025-06-01", 160));
        NavigableMap<LocalDate, Integer> trend = RegistrationProgress.trend(reports);

        Forecast forecast = Forecast.of(trend, 1000, DEADLINE);

        assertThat(trend)
                .containsEntry(LocalDate.of(2025, 5, 1), 300)
                .containsEntry(LocalDate.of(2025, 5, 20), 400)
                .containsEntry(LocalDate.of(2025, 6, 1), 610);
        assertThat(forecast.asOf()).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(forecast.total()).isEqualTo(610);
        assertThat(forecast.dailyRate()).isCloseTo(10.333, within(0.001));
        assertThat(forecast.reachedOn()).isEqualTo(LocalDate.of(2025, 7, 9));
        assertThat(forecast.requiredDailyRate()).isCloseTo(1.831, within(0.001));
        assertThat(forecast.onTrack()).isTrue();
        assertThat(forecast.reached()).isFalse();
    }

    @Test
    void reportsOfLessThanThirtyDaysMeasureThePaceFromTheFirstReport() {
        NavigableMap<LocalDate, Integer> trend = new TreeMap<>();
        trend.put(LocalDate.of(2025, 6, 1), 5000);
        Forecast single = Forecast.of(trend, 10000, DEADLINE);
        trend.put(LocalDate.of(2025, 6, 11), 5500);

        Forecast tenDays = Forecast.of(trend, 10000, DEADLINE);

        assertThat(single.paceDays()).isZero();
        assertThat(single.reachedOn()).isNull();
        // 500 in 10 days: 50 a day; 4,500 to go: 90 days after 11 June
        assertThat(tenDays.paceDays()).isEqualTo(10);
        assertThat(tenDays.dailyRate()).isEqualTo(50.0);
        assertThat(tenDays.reachedOn()).isEqualTo(LocalDate.of(2025, 9, 9));
    }

    @Test
    void withoutGainsTheGoalIsNeverReached() {
        NavigableMap<LocalDate, Integer> trend = new TreeMap<>();
        trend.put(LocalDate.of(2025, 1, 1), 500);
        trend.put(LocalDate.of(2025, 6, 1), 500);

        Forecast forecast = Forecast.of(trend, 1000, DEADLINE);

        assertThat(forecast.dailyRate()).isZero();
        assertThat(forecast.reachedOn()).isNull();
        assertThat(forecast.onTrack()).isFalse();
        assertThat(forecast.requiredDailyRate()).isCloseTo(500 / 213.0, within(0.0001));
    }

    @Test
    void aReachedGoalNamesTheDayItWasReached() {
        NavigableMap<LocalDate, Integer> trend = new TreeMap<>();
        trend.put(LocalDate.of(2025, 3, 1), 900);
        trend.put(LocalDate.of(2025, 4, 1), 1200);
        trend.put(LocalDate.of(2025, 5, 1), 1300);

        Forecast forecast = Forecast.of(trend, 1000, DEADLINE);

        assertThat(forecast.reached()).isTrue();
        assertThat(forecast.reachedOn()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(forecast.requiredDailyRate()).isNull();
    }

    @Test
    void aFallingUnitLowersTheTotalAndWeeksAddUp() {
        List<StoredReport> reports = List.of(
                report("a", "2025-06-02", 100), // Monday
                report("a", "2025-06-04", 90), // corrected down the same week
                report("b", "2025-06-10", 50)); // next Tuesday
        NavigableMap<LocalDate, Integer> trend = RegistrationProgress.trend(reports);

        var weeks = RegistrationProgress.weeks(trend);

        assertThat(trend.lastEntry().getValue()).isEqualTo(140);
        assertThat(weeks).hasSize(RegistrationProgress.WEEKS_SHOWN);
        assertThat(weeks.get(weeks.size() - 1))
                .isEqualTo(new RegistrationSnapshot.WeeklyIncrement(LocalDate.of(2025, 6, 9), 50));
        assertThat(weeks.get(weeks.size() - 2))
                .isEqualTo(new RegistrationSnapshot.WeeklyIncrement(LocalDate.of(2025, 6, 2), 90));
    }

    private static StoredReport report(String unit, String date, int registered) {
        return new StoredReport("altanxiret", unit, LocalDate.parse(date), registered, null, null);
    }
}
