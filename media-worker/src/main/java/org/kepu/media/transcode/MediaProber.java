package org.kepu.media.transcode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** Finds out what an uploaded file contains, without following anything it points to. */
public class MediaProber {

    // reading headers takes well under a second; a file that stalls the demuxer is hostile
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(60);
    // enough for long metadata and chapter lists in front of the stream lines
    private static final int REPORT_LINES = 5000;
    // exit codes from 128 on are signals: ffmpeg crashed, which is our problem, not the file's
    private static final int FIRST_SIGNAL_EXIT = 128;

    private static final String NO_INDEX = "moov atom not found";
    private static final byte[] FTYP = "ftyp".getBytes(StandardCharsets.US_ASCII);

    private final FfmpegBinary ffmpeg;

    public MediaProber(FfmpegBinary ffmpeg) {
        this.ffmpeg = ffmpeg;
    }

    /**
     * Probes a local file. A file with sound and no picture gives a probe without video.
     *
     * @param file a copy of the upload under a fixed name of the caller's, such as {@code source}
     * @throws MediaRejected if the file is no media file we accept, or is cut short
     * @throws TranscodeFailed if ffmpeg could not be run to the end
     * @throws IllegalArgumentException if the file's name could be an uploader's
     */
    public MediaProbe probe(Path file) {
        List<String> arguments = FfmpegBinary.input(file);
        if (!Files.isRegularFile(file)) {
            throw new TranscodeFailed("no such file: " + file, List.of());
        }
        FfmpegRun.Outcome outcome = new FfmpegRun(
                        ffmpeg.command(arguments, file.toAbsolutePath().getParent()), PROBE_TIMEOUT, REPORT_LINES)
                .run(line -> {});
        if (outcome.exitCode() >= FIRST_SIGNAL_EXIT) {
            throw new TranscodeFailed("ffmpeg crashed while probing " + file, outcome.stderr());
        }
        if (outcome.stderr().stream().anyMatch(line -> line.contains(NO_INDEX)) && startsLikeMp4(file)) {
            throw new MediaRejected(MediaRejected.Cause.INCOMPLETE_FILE, MediaRejected.INCOMPLETE_FILE);
        }
        // ffmpeg -i without an output always exits with 1; the report is what counts
        return ProbeParser.parse(outcome.stderr());
    }

    // an MP4 or MOV opens with an "ftyp" box; when its index ("moov", written last by phones) is
    // missing, the file was cut off, rather than being no video at all
    private static boolean startsLikeMp4(Path file) {
        byte[] head = new byte[8];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, head.length) < head.length) {
                return false;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return Arrays.equals(Arrays.copyOfRange(head, 4, 8), FTYP);
    }
}
