package org.kepu.content.registration;

import java.time.LocalDate;

/**
 * One checked report, from a file or the manual form: the cumulative registrations of a town (or,
 * with a {@code unitName}, one of its villages/嘎查/units) at a date, and optionally its active
 * officers and shares in the period.
 */
public record ReportLine(
        int line, String townCode, String unitName, LocalDate date, int registered, Integer active, Long shares) {

    public ReportLine {
        unitName = unitName == null ? "" : unitName.strip();
    }

    SeriesKey series() {
        return new SeriesKey(townCode, unitName);
    }

    /** A town or one of its units: the reports of one series are cumulative over time. */
    record SeriesKey(String townCode, String unitName) {}
}
