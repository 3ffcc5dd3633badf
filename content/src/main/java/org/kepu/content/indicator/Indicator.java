package org.kepu.content.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A quantified target of the plan, e.g. 科普场馆面积 1000 平方米 by 2025, with the lead department
 * (牵头部门) the plan names.
 *
 * @param measure the measure its value is computed from ({@link IndicatorMeasures}), or null when
 *     its value is typed in as reports
 */
public record Indicator(
        long id,
        String code,
        String name,
        String unit,
        BigDecimal goal,
        IndicatorKind kind,
        LocalDate periodStart,
        LocalDate periodEnd,
        String leadDepartment,
        String measure) {

    /** Computed from what was done, or typed in. */
    public IndicatorSource source() {
        return measure == null ? IndicatorSource.TYPED : IndicatorSource.COMPUTED;
    }
}
