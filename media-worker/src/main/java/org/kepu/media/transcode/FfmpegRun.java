package org.kepu.media.transcode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/** One ffmpeg process: started, drained, bounded in time, and never left running. */
final class FfmpegRun {

    /** How a finished run ended: its exit code and the last lines it wrote to stderr. */
    record Outcome(int exitCode, List<String> stderr) {}

    private static final Duration DRAIN_GRACE = Duration.ofSeconds(5);
    static final Duration WATCH_INTERVAL = Duration.ofMillis(250);

    private final FfmpegBinary.Invocation command;
    private final Duration timeout;
    private final int stderrLines;

    FfmpegRun(FfmpegBinary.Invocation command, Duration timeout, int stderrLines) {
        this.command = command;
        this.timeout = timeout;
        this.stderrLines = stderrLines;
    }

    /** Runs to the end, handing every stdout line to {@code stdout} as it arrives. */
    Outcome run(Consumer<String> stdout) {
        return run(stdout, line -> {}, () -> {});
    }

    /**
     * Runs to the end. Every stdout and stderr line goes to its listener as it arrives; {@code watch}
     * is called about every {@link #WATCH_INTERVAL} while ffmpeg runs and once after it exited, and
     * whatever it throws stops ffmpeg and reaches the caller.
     */
    Outcome run(Consumer<String> stdout, Consumer<String> stderrListener, Runnable watch) {
        Process process = start();
        Deque<String> stderr = new ArrayDeque<>();
        AtomicReference<RuntimeException> listenerFailure = new AtomicReference<>();
        Thread outPump = pump(process.getInputStream(), guarded(stdout, listenerFailure), "ffmpeg-stdout");
        Consumer<String> errListener = guarded(stderrListener, listenerFailure);
        Thread errPump = pump(
                process.getErrorStream(),
                line -> {
                    keepLast(stderr, line);
                    errListener.accept(line);
                },
                "ffmpeg-stderr");
        try {
            awaitExit(process, watch, stderr);
            // the pipes close when the process exits, so the pumps end right after it
            outPump.join(DRAIN_GRACE.toMillis());
            errPump.join(DRAIN_GRACE.toMillis());
            watch.run();
            if (listenerFailure.get() != null) {
                throw listenerFailure.get();
            }
            return new Outcome(process.exitValue(), snapshot(stderr));
        } catch (InterruptedException e) {
            destroy(process);
            Thread.currentThread().interrupt();
            throw new TranscodeFailed("interrupted while ffmpeg was running", snapshot(stderr));
        }
    }

    private void awaitExit(Process process, Runnable watch, Deque<String> stderr) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            if (process.waitFor(Math.min(left, WATCH_INTERVAL.toNanos()), TimeUnit.NANOSECONDS)) {
                return;
            }
            if (System.nanoTime() - deadline >= 0) {
                destroy(process);
                // the same file would take as long again: the file's fault, never retried
                throw new MediaRejected(
                        MediaRejected.Cause.TIMED_OUT,
                        "视频处理超过了 " + MediaRulesCheck.duration(timeout) + "的时限，文件可能已损坏或编码过于复杂，请重新导出后上传",
                        null,
                        MediaRulesCheck.seconds(timeout));
            }
            try {
                watch.run();
            } catch (RuntimeException e) {
                destroy(process);
                throw e;
            }
        }
    }

    private Process start() {
        try {
            ProcessBuilder builder = new ProcessBuilder(command.line())
                    .directory(command.directory().toFile());
            builder.environment().clear();
            builder.environment().putAll(command.environment());
            Process process = builder.start();
            process.getOutputStream().close(); // ffmpeg runs with -nostdin; nothing ever goes in
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + command.line(), e);
        }
    }

    private void keepLast(Deque<String> lines, String line) {
        synchronized (lines) {
            if (lines.size() == stderrLines) {
                lines.removeFirst();
            }
            lines.addLast(line);
        }
    }

    private static List<String> snapshot(Deque<String> lines) {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    // waits for the exit, so no ffmpeg is left writing into the output folder once we have thrown
    private static void destroy(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(DRAIN_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // a failing listener must not stop the draining, or ffmpeg blocks on a full pipe until the timeout
    private static Consumer<String> guarded(Consumer<String> listener, AtomicReference<RuntimeException> failure) {
        return line -> {
            if (failure.get() != null) {
                return;
            }
            try {
                listener.accept(line);
            } catch (RuntimeException e) {
                failure.set(e);
            }
        };
    }

    // platform threads on purpose: the module targets Java 17, where there are no virtual threads
    private static Thread pump(InputStream stream, Consumer<String> lines, String name) {
        Thread thread = new Thread(() -> readLines(stream, lines), name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void readLines(InputStream stream, Consumer<String> lines) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines.accept(line);
            }
        } catch (IOException e) {
            // the process was destroyed under us; the caller reports why
        }
    }
}
