package org.kepu.media.transcode;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.function.IntConsumer;

/** Turns ffmpeg's {@code -progress} lines into whole percentages that only go up. */
final class ProgressTracker {

    // ffmpeg 4.4 prints microseconds under both names; out_time_us is the honest one
    private static final String OUT_TIME = "out_time_us=";
    private static final int BEFORE_DONE = 99;

    private final long durationMicros;
    private final IntConsumer listener;
    private int reported = -1;
    private volatile long outTimeMicros;

    ProgressTracker(Duration duration, IntConsumer listener) {
        this.durationMicros = duration.toNanos() / 1000;
        this.listener = listener;
    }

    void start() {
        report(0);
    }

    /** One line of {@code -progress pipe:1}; called from the thread that reads ffmpeg's stdout. */
    void onLine(String line) {
        if (!line.startsWith(OUT_TIME)) {
            return;
        }
        String value = line.substring(OUT_TIME.length());
        if (!value.matches("\\d{1,18}")) {
            return; // "N/A" before the first frame
        }
        outTimeMicros = Math.max(outTimeMicros, Long.parseLong(value));
        if (durationMicros <= 0) {
            return;
        }
        long percent = outTimeMicros * 100 / durationMicros;
        // 100 is kept for the moment every output has been checked
        report((int) Math.min(BEFORE_DONE, percent));
    }

    /** How far ffmpeg has written, by the timestamps of its outputs. */
    Duration written() {
        return Duration.of(outTimeMicros, ChronoUnit.MICROS);
    }

    void finish() {
        report(100);
    }

    private synchronized void report(int percent) {
        if (percent > reported) {
            reported = percent;
            listener.accept(percent);
        }
    }
}
