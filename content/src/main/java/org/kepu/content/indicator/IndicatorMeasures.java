package org.kepu.content.indicator;

import java.util.List;
import java.util.Set;

/**
 * Computes measures from what was done, so indicators naming them need no typed reports. Features
 * implement it as a bean (services on order count lectures, people reached, volunteer hours); the
 * indicator feature depends on none of them.
 */
public interface IndicatorMeasures {

    /** The names of the measures this source computes, as in {@link Indicator#measure()}. */
    Set<String> names();

    /** The dated amounts of one of {@link #names()}. */
    List<MeasuredAmount> amounts(String measure);
}
