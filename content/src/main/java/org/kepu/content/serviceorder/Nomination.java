package org.kepu.content.serviceorder;

import java.time.Instant;

/** A volunteer an administrator nominated for a year's selection, with their standing that year. */
public record Nomination(int year, NominationCategory category, Standing standing, String nominatedBy, Instant at) {}
