package org.kepu.content.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndicatorProgressTests {

    static final LocalDate START = LocalDate.of(2021, 1, 1);
    static final LocalDate END = LocalDate.of(2025, 12, 31);

    @Test
    void annualTotalsCountOnlyTheCurrentYearAgainstTheShareOfTheYearPassed() {
        Indicator trainings = indicator(IndicatorKind.ANNUAL_TOTAL, 5);
        List<IndicatorReport> reports =
                List.of(report("2024-05-01", 6), report("2025-03-01", 1), report("2025-05-01", 1));

        // 1 July 2025: 181 of 365 days passed, so 2.48 trainings expected; 2 held
        IndicatorProgress july = IndicatorProgress.of(trainings, reports, LocalDate.of(2025, 6, 30));
        IndicatorProgress march = IndicatorProgress.of(trainings, reports, LocalDate.of(2025, 3, 1));

        assertThat(july.actual()).isEqualByComparingTo("2");
        assertThat(july.expected()).isEqualByComparingTo("2.48");
        assertThat(july.year()).isEqualTo(2025);
        assertThat(july.status()).isEqualTo(IndicatorStatus.BEHIND);
        assertThat(march.status()).isEqualTo(IndicatorStatus.ON_TRACK);
    }

    @Test
    void aLevelIsReachedByItsLatestValue() {
        Indicator area = indicator(IndicatorKind.LEVEL, 1000);

        assertThat(IndicatorProgress.of(
                                area,
                                List.of(report("2023-01-01", 1200), report("2024-01-01", 1100)),
                                LocalDate.of(2024, 6, 1))
                        .status())
                .isEqualTo(IndicatorStatus.REACHED);
        assertThat(IndicatorProgress.of(area, List.of(), LocalDate.of(2024, 6, 1))
                        .status())
                .isEqualTo(IndicatorStatus.NO_DATA);
    }

    @Test
    void aPeriodTotalShortOfTheGoalAfterThePeriodIsBehind() {
        Indicator training = indicator(IndicatorKind.PERIOD_TOTAL, 500);
        List<IndicatorReport> reports = List.of(report("2022-06-01", 200), report("2024-06-01", 250));

        IndicatorProgress after = IndicatorProgress.of(training, reports, LocalDate.of(2026, 3, 1));
        IndicatorProgress midway = IndicatorProgress.of(training, reports, LocalDate.of(2024, 12, 31));

        assertThat(after.actual()).isEqualByComparingTo("450");
        assertThat(after.status()).isEqualTo(IndicatorStatus.BEHIND);
        assertThat(midway.status()).as("450 of 500 after 80%% of the period").isEqualTo(IndicatorStatus.ON_TRACK);
        assertThat(after.percentOfGoal()).isEqualTo(90);
    }

    private static Indicator indicator(IndicatorKind kind, int goal) {
        return new Indicator(1, "test", "测试指标", "场次", BigDecimal.valueOf(goal), kind, START, END, "旗科协", null);
    }

    private static IndicatorReport report(String date, int amount) {
        return new IndicatorReport(1, LocalDate.parse(date), BigDecimal.valueOf(amount), null, "测试");
    }
}
