package org.kepu.content.contest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * From judges' totals to an entry's score: with five or more judges the highest and the lowest
 * total are dropped (去掉一个最高分和一个最低分) and the rest averaged; with fewer, the mean.
 */
final class Aggregation {

    static final int DROP_EXTREMES_FROM = 5;

    private Aggregation() {}

    /** Null when no judge submitted a score. */
    static BigDecimal score(List<BigDecimal> totals) {
        if (totals.isEmpty()) {
            return null;
        }
        List<BigDecimal> counted = new ArrayList<>(totals);
        counted.sort(Comparator.naturalOrder());
        if (counted.size() >= DROP_EXTREMES_FROM) {
            counted = counted.subList(1, counted.size() - 1);
        }
        BigDecimal sum = counted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(counted.size()), 3, RoundingMode.HALF_UP);
    }
}
