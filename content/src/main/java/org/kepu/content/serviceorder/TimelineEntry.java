package org.kepu.content.serviceorder;

import java.time.Instant;

/**
 * One step of an order. {@code publicNote} is what the resident reads (none for steps they do not
 * see); {@code actor} and {@code note} are for staff only.
 */
public record TimelineEntry(ServiceStep step, String actor, StepNote note, StepNote publicNote, Instant at) {}
