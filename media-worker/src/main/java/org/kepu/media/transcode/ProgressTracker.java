package org.kepu.media.transcode;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;

/**
 * Turns ffmpeg's {@code -progress} lines into whole percentages that only go up, at most one a
 * second in between the first and the last (each may be a database write).
 */
final class ProgressTracker {

    // ffmpeg 4.4 prints microseconds under both names; out_time_us is the honest one
    private static final String OUT_TIME = "out_time_us=";
    private static final int BEFORE_DONE = 99;
    static final Duration MIN_INTERVAL = Duration.ofSeconds(1);

    private final long durationMicros;
    private final IntConsumer listener;
    private final LongSupplier nanoClock;
    private int reported = -1;
    private long reportedAt;
    private volatile long outTimeMicros;
    private volatile long resumedAtMicros;

    ProgressTracker(Duration duration, IntConsumer listener) {
        this(duration, listener, System::nanoTime);
    }

    ProgressTracker(Duration duration, IntConsumer listener, LongSupplier nanoClock) {
        this.durationMicros = duration.toNanos() / 1000;
        this.listener = listener;
        this.nanoClock = nanoClock;
    }

    void start() {
        report(percent(), true);
    }

    /**
     * A run that continues kept segments writes from {@code at} on: its progress counts from there,
     * never from zero again. Call before {@link #start()}.
     */
    void resumeAt(Duration at) {
        resumedAtMicros = at.toNanos() / 1000;
        outTimeMicros = resumedAtMicros;
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
        // a resumed run's out_time counts from where it started, not from the output's timestamps
        outTimeMicros = Math.max(outTimeMicros, resumedAtMicros + Long.parseLong(value));
        report(percent(), false);
    }

    // 100 is kept for the moment every output has been checked
    private int percent() {
        if (durationMicros <= 0) {
            return 0;
        }
        return (int) Math.min(BEFORE_DONE, outTimeMicros * 100 / durationMicros);
    }

    /** How far ffmpeg has written, by the timestamps of its outputs. */
    Duration written() {
        return Duration.of(outTimeMicros, ChronoUnit.MICROS);
    }

    void finish() {
        report(100, true);
    }

    private synchronized void report(int percent, boolean always) {
        long now = nanoClock.getAsLong();
        if (percent > reported && (always || now - reportedAt >= MIN_INTERVAL.toNanos())) {
            reported = percent;
            reportedAt = now;
            listener.accept(percent);
        }
    }
}
