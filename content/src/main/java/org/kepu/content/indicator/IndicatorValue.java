package org.kepu.content.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An indicator's current value as front ends read it.
 *
 * @param value the value compared with the target (this year's for annual indicators); null when a
 *     typed indicator has no report yet
 * @param source computed from what was done, or typed
 * @param asOf the day the value stands for: today for computed ones, the latest report for typed ones
 */
public record IndicatorValue(
        String code,
        String name,
        BigDecimal value,
        BigDecimal target,
        String unit,
        IndicatorSource source,
        LocalDate asOf) {}
