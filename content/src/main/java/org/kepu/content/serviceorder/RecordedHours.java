package org.kepu.content.serviceorder;

import java.math.BigDecimal;

/** The hours one volunteer gave to one completed order. */
public record RecordedHours(long volunteerId, String name, BigDecimal hours) {}
