package org.kepu.content.registration;

import java.time.LocalDate;

/** A report in effect: the newest one stored for its town, unit and date. */
record StoredReport(String townCode, String unitName, LocalDate date, int registered, Integer active, Long shares) {}
