package org.kepu.content.indicator;

/** How an indicator's reports add up to the value compared with its goal. */
public enum IndicatorKind {
    /** The latest reported value counts (a ratio, an area). */
    LEVEL,
    /** Reports add up over the whole period (people trained during the five years). */
    PERIOD_TOTAL,
    /** Reports add up within each calendar year; the goal applies to every year. */
    ANNUAL_TOTAL,
    /** The latest value reported in each calendar year; the goal applies to every year. */
    ANNUAL_LEVEL
}
