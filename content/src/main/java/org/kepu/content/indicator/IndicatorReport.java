package org.kepu.content.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A reported value of an indicator at a date, with who entered it. */
public record IndicatorReport(long indicatorId, LocalDate date, BigDecimal amount, String note, String enteredBy) {}
