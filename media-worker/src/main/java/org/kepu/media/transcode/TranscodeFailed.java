package org.kepu.media.transcode;

import java.util.List;

/** ffmpeg failed for a reason that is not the uploader's fault; carries ffmpeg's last words. */
public class TranscodeFailed extends RuntimeException {

    private final List<String> ffmpegOutput;

    public TranscodeFailed(String message, List<String> ffmpegOutput) {
        super(ffmpegOutput.isEmpty() ? message : message + "\n" + String.join("\n", ffmpegOutput));
        this.ffmpegOutput = List.copyOf(ffmpegOutput);
    }

    /** The last lines ffmpeg wrote to stderr before it failed. */
    public List<String> ffmpegOutput() {
        return ffmpegOutput;
    }
}
