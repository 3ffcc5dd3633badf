package org.kepu.content.registration;

import java.time.LocalDate;

/** One report typed into the form; optional values may be null. */
public record ManualReport(
        String townCode, String unitName, LocalDate date, Long registered, Long active, Long shares) {}
