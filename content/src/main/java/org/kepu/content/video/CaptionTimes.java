package org.kepu.content.video;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cue times as WebVTT and SRT write them: {@code [hh:]mm:ss.ttt}, SRT with a comma. */
public final class CaptionTimes {

    private static final Pattern TIME = Pattern.compile("(?:(\\d{1,3}):)?(\\d{1,2}):(\\d{2})[.,](\\d{1,3})");

    private CaptionTimes() {}

    /** The time in milliseconds, or -1 when the text is not a time. */
    static long parse(String text) {
        Matcher m = TIME.matcher(text.strip());
        if (!m.matches()) {
            return -1;
        }
        long hours = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        long minutes = Long.parseLong(m.group(2));
        long seconds = Long.parseLong(m.group(3));
        if (minutes > 59 && m.group(1) != null || seconds > 59) {
            return -1;
        }
        String fraction = (m.group(4) + "00").substring(0, 3);
        return ((hours * 60 + minutes) * 60 + seconds) * 1000 + Integer.parseInt(fraction);
    }

    /** {@code 00:01:02.345}. */
    public static String format(long millis) {
        long ms = millis % 1000;
        long s = millis / 1000;
        return String.format("%02d:%02d:%02d.%03d", s / 3600, s / 60 % 60, s % 60, ms);
    }
}
