package org.kepu.media.transcode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Finds out what an uploaded file contains, without following anything it points to. */
public class MediaProber {

    // reading headers takes well under a second; a file that stalls the demuxer is hostile
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(60);
    // enough for long metadata and chapter lists in front of the stream lines
    private static final int REPORT_LINES = 5000;
    // exit codes from 128 on are signals: ffmpeg crashed, which is our problem, not the file's
    private static final int FIRST_SIGNAL_EXIT = 128;

    private final FfmpegBinary ffmpeg;

    public MediaProber(FfmpegBinary ffmpeg) {
        this.ffmpeg = ffmpeg;
    }

    /**
     * Probes a local file.
     *
     * @throws MediaRejected if the file is not a video we accept
     * @throws TranscodeFailed if ffmpeg could not be run to the end
     */
    public MediaProbe probe(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new TranscodeFailed("no such file: " + file, List.of());
        }
        List<String> arguments = new ArrayList<>(FfmpegBinary.SAFE_INPUT_OPTIONS);
        arguments.addAll(List.of("-i", file.toAbsolutePath().toString()));
        FfmpegRun.Outcome outcome =
                new FfmpegRun(ffmpeg.command(arguments), PROBE_TIMEOUT, REPORT_LINES).run(line -> {});
        if (outcome.exitCode() >= FIRST_SIGNAL_EXIT) {
            throw new TranscodeFailed("ffmpeg crashed while probing " + file, outcome.stderr());
        }
        // ffmpeg -i without an output always exits with 1; the report is what counts
        return ProbeParser.parse(outcome.stderr());
    }
}
