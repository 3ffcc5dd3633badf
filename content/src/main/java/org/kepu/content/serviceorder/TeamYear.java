package org.kepu.content.serviceorder;

import java.math.BigDecimal;

/** A team's year: orders it completed, people reached, its volunteers' hours and points. */
public record TeamYear(long teamId, String team, int orders, long people, BigDecimal hours, BigDecimal points) {}
