package org.kepu.content.serviceorder;

import java.math.BigDecimal;

/** A volunteer's place in a year's ranking: completed orders served, hours and points. */
public record Standing(
        int rank,
        long volunteerId,
        String name,
        long teamId,
        String team,
        int orders,
        BigDecimal hours,
        BigDecimal points) {}
