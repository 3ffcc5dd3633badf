package org.kepu.content.serviceorder;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How volunteers' hours become points (科技志愿服务积分): each hour earns {@code perHour}; a rated
 * service multiplies by {@code 1 + ratingFactor × (stars − 3)} (5 stars with 0.1: ×1.2, 1 star ×0.8);
 * a service in a village marked remote multiplies by {@code remoteFactor}. The rule in force applies
 * to the whole year it is read for, so a ranking never mixes two rules.
 */
public record PointsRule(BigDecimal perHour, BigDecimal ratingFactor, BigDecimal remoteFactor) {

    public static final BigDecimal MAX_PER_HOUR = BigDecimal.valueOf(1000);
    public static final BigDecimal MAX_RATING_FACTOR = new BigDecimal("0.33");
    public static final BigDecimal MAX_REMOTE_FACTOR = BigDecimal.valueOf(5);

    /** Points for {@code hours} of a service with {@code rating} (null when not rated) at a place. */
    public BigDecimal points(BigDecimal hours, Integer rating, boolean remote) {
        BigDecimal points = hours.multiply(perHour);
        if (rating != null) {
            points = points.multiply(BigDecimal.ONE.add(ratingFactor.multiply(BigDecimal.valueOf(rating - 3L))));
        }
        if (remote) {
            points = points.multiply(remoteFactor);
        }
        return points.setScale(1, RoundingMode.HALF_UP);
    }

    /**
     * Whether an administrator may set it: points per hour 0–1000; the rating factor 0–0.33, so
     * that one star never takes more than the hours earned; remote places count 1–5 times.
     */
    public boolean sensible() {
        return perHour != null
                && ratingFactor != null
                && remoteFactor != null
                && perHour.signum() >= 0
                && perHour.compareTo(MAX_PER_HOUR) <= 0
                && ratingFactor.signum() >= 0
                && ratingFactor.compareTo(MAX_RATING_FACTOR) <= 0
                && remoteFactor.compareTo(BigDecimal.ONE) >= 0
                && remoteFactor.compareTo(MAX_REMOTE_FACTOR) <= 0;
    }
}
