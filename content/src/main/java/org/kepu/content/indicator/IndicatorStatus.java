package org.kepu.content.indicator;

/** Where an indicator stands. */
public enum IndicatorStatus {
    /** The goal is met. */
    REACHED,
    /** Not met yet, but at least as far as the elapsed share of the period (or year) asks. */
    ON_TRACK,
    /** Behind the elapsed share of the period, or the period ended short of the goal. */
    BEHIND,
    /** Nothing reported yet. */
    NO_DATA
}
