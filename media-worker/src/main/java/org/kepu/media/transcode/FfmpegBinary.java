package org.kepu.media.transcode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import ws.schild.jave.process.ffmpeg.DefaultFFMPEGLocator;

/**
 * The ffmpeg executable every run uses, and the input options that keep it from following what an
 * uploaded file points to.
 *
 * @param executable path of the ffmpeg binary
 */
public record FfmpegBinary(Path executable) {

    /** Only local files, and only the containers we accept: a playlist or concat list is refused. */
    static final List<String> SAFE_INPUT_OPTIONS = List.of(
            "-protocol_whitelist", "file", "-format_whitelist", "mov,mp4,m4a,3gp,3g2,mj2,matroska,webm,avi,flv");

    /** The static ffmpeg 4.4 that JAVE2 bundles (copied to a temp folder on first use). */
    public static FfmpegBinary bundled() {
        return new FfmpegBinary(Path.of(new DefaultFFMPEGLocator().getExecutablePath()));
    }

    /** A command line starting with this binary and the options every run shares. */
    List<String> command(List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(List.of("-hide_banner", "-nostdin"));
        command.addAll(arguments);
        return command;
    }
}
