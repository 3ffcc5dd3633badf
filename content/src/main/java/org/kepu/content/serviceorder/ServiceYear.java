package org.kepu.content.serviceorder;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** A calendar year in Beijing time, the unit of rankings, selections and the year-end exports. */
public record ServiceYear(int year) {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    /** Years the platform can hold; anything else in an address is a bad request. */
    public ServiceYear {
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("Not a year of the platform: " + year);
        }
    }

    /** The year it is now in Beijing. */
    public static ServiceYear current(Clock clock) {
        return new ServiceYear(LocalDate.now(clock.withZone(BEIJING)).getYear());
    }

    Timestamp from() {
        return Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay(BEIJING).toInstant());
    }

    Timestamp until() {
        return Timestamp.from(LocalDate.of(year + 1, 1, 1).atStartOfDay(BEIJING).toInstant());
    }
}
