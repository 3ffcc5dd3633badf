package org.kepu.portal.contest;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kepu.portal.web.Texts;
import org.springframework.stereotype.Component;

/**
 * Contest dates as people read them, in Beijing time and without doubt about the day: a deadline at
 * midnight is the end of the day before ({@code 2026年1月30日 24:00}), not {@code 1月31日 00:00},
 * which many read as "on the 31st". Templates use it as {@code @contestDates}. The patterns are the contest
 * bundle's {@code contest.date.*}: Mongolian pages write dates as numbers ({@code 2026-01-30 24:00}), readable in
 * the vertical text, with no Chinese characters in it.
 */
@Component("contestDates")
public class ContestDates {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final Texts texts;
    private final Map<String, DateTimeFormatter> formatters = new ConcurrentHashMap<>();

    public ContestDates(Texts texts) {
        this.texts = texts;
    }

    /** When something ends: midnight is written as 24:00 of the day before. */
    public String end(Instant at) {
        ZonedDateTime local = at.atZone(BEIJING);
        if (local.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return day().format(local.minusDays(1)) + " 24:00";
        }
        return dayTime().format(local);
    }

    /** When something begins: midnight is 00:00 of that day. */
    public String start(Instant at) {
        return dayTime().format(at.atZone(BEIJING));
    }

    /** The day an ending falls on, for short phase lines. */
    public String endDay(Instant at) {
        ZonedDateTime local = at.atZone(BEIJING);
        return day().format(local.toLocalTime().equals(LocalTime.MIDNIGHT) ? local.minusDays(1) : local);
    }

    private DateTimeFormatter day() {
        return formatter("contest.date.day");
    }

    private DateTimeFormatter dayTime() {
        return formatter("contest.date.day-time");
    }

    /** The page's language's pattern (contest bundle), parsed once. */
    private DateTimeFormatter formatter(String code) {
        return formatters.computeIfAbsent(texts.of(code), DateTimeFormatter::ofPattern);
    }
}
