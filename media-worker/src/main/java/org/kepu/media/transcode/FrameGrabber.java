package org.kepu.media.transcode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One still picture of a transcoded video at a chosen moment, as a JPEG the size of the video's
 * frames: the poster an editor picks from the storyboard. It reads what the transcoder wrote, not the
 * upload, so the sandboxed ffmpeg meets only a file it wrote itself.
 */
public class FrameGrabber {

    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private final FfmpegBinary ffmpeg;

    public FrameGrabber(FfmpegBinary ffmpeg) {
        this.ffmpeg = ffmpeg;
    }

    /**
     * Writes the frame shown at {@code at} (or the last one, when {@code at} is past the end) to
     * {@code target}.
     *
     * @throws TranscodeFailed when ffmpeg fails or writes no picture
     */
    public Path grab(Path video, Duration at, Path target) {
        if (at.isNegative()) {
            throw new IllegalArgumentException("a moment of the video, not " + at);
        }
        // input seeking is exact since ffmpeg 2.1 and decodes only from the key frame before
        String seconds = String.format(Locale.ROOT, "%.3f", at.toMillis() / 1000.0);
        if (write(List.of("-ss", seconds), List.of("-frames:v", "1"), video, target)) {
            return target;
        }
        // seeking past the last frame writes nothing: the last second's frames, the last one kept
        if (write(List.of("-sseof", "-1"), List.of("-update", "1"), video, target)) {
            return target;
        }
        throw new TranscodeFailed("ffmpeg wrote no frame of " + video.getFileName(), List.of());
    }

    private boolean write(List<String> seek, List<String> frames, Path video, Path target) {
        List<String> arguments = new ArrayList<>(List.of("-hide_banner", "-nostdin", "-v", "error", "-y"));
        arguments.addAll(seek);
        arguments.addAll(List.of("-i", video.toAbsolutePath().toString(), "-map", "0:v:0"));
        arguments.addAll(frames);
        arguments.addAll(List.of(
                "-q:v",
                "3",
                "-map_metadata",
                "-1",
                "-f",
                "image2",
                target.toAbsolutePath().toString()));
        FfmpegRun.Outcome outcome = new FfmpegRun(
                        ffmpeg.command(arguments, target.toAbsolutePath().getParent()), TIMEOUT, 20)
                .run(line -> {});
        if (outcome.exitCode() != 0) {
            throw new TranscodeFailed("ffmpeg could not take a frame of " + video.getFileName(), outcome.stderr());
        }
        return Files.isRegularFile(target);
    }
}
