package org.kepu.content.serviceorder;

import java.time.Instant;

/**
 * One step of an order. {@code publicNote} is what the resident reads; {@code actor} and
 * {@code note} are for staff only.
 */
public record TimelineEntry(ServiceStep step, String actor, String note, String publicNote, Instant at) {}
