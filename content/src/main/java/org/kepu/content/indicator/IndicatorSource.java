package org.kepu.content.indicator;

/** Where an indicator's value comes from; pages and the API say it next to the value. */
public enum IndicatorSource {
    /** Counted from completed service orders and the hours recorded for them. */
    COMPUTED,
    /** Typed in by an administrator as dated reports. */
    TYPED
}
