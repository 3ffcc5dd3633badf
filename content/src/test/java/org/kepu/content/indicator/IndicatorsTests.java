package org.kepu.content.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

// A context of its own, closed afterwards: a cached context that Spring paused while other test
// classes ran cannot restart its job scheduler (JobWorkers), so it is never resumed.
@SpringBootTest(properties = "kepu.test.context=indicators")
@DirtiesContext
class IndicatorsTests {

    @Autowired
    Indicators indicators;

    @Test
    void thePlansIndicatorsAreSeeded() {
        assertThat(indicators.all())
                .extracting(Indicator::name)
                .contains("公民具备科学素质的比例", "每年开展农牧民技术培训", "科普场馆面积", "命名旗级科技教育示范学校");
        assertThat(indicators.all())
                .filteredOn(i -> i.code().equals("science-literacy"))
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.goal()).isEqualByComparingTo("14");
                    assertThat(i.unit()).isEqualTo("%");
                    assertThat(i.periodEnd()).isEqualTo(LocalDate.of(2025, 12, 31));
                });
    }

    @Test
    void reportsAreStoredAndRefusedWhenNegative() {
        Indicator venue = indicators.all().stream()
                .filter(i -> i.code().equals("venue-area"))
                .findFirst()
                .orElseThrow();

        indicators.report(venue.id(), LocalDate.of(2025, 6, 1), new BigDecimal("1200"), "新馆开放", "测试");

        assertThat(indicators.progress())
                .filteredOn(p -> p.indicator().id() == venue.id())
                .singleElement()
                .extracting(IndicatorProgress::status)
                .isEqualTo(IndicatorStatus.REACHED);
        assertThatThrownBy(
                        () -> indicators.report(venue.id(), LocalDate.of(2025, 6, 1), new BigDecimal("-1"), null, "测试"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
