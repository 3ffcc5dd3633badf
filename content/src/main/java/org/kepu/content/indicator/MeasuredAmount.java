package org.kepu.content.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One dated amount of a computed measure, e.g. one lecture held on a day, or its 42 listeners. */
public record MeasuredAmount(LocalDate date, BigDecimal amount) {}
