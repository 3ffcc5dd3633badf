package org.kepu.media.transcode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
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

    // what the caller names its copy of an upload, e.g. "source": nothing ffmpeg or a shell could read
    // as an option, a protocol, a pattern or a second argument
    private static final Pattern FIXED_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    /** The arguments that open {@code file} as the input: the whitelists, then its absolute path. */
    static List<String> input(Path file) {
        requireFixedName(file);
        List<String> arguments = new ArrayList<>(SAFE_INPUT_OPTIONS);
        arguments.addAll(List.of("-i", file.toAbsolutePath().normalize().toString()));
        return arguments;
    }

    /**
     * Refuses a file whose name could have come from an uploader: callers copy an upload to a fixed
     * name of their own (e.g. {@code source}) before ffmpeg sees it.
     *
     * @throws IllegalArgumentException if the name is not plain ASCII letters, digits, dots,
     *     dashes and underscores
     */
    static void requireFixedName(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        if (!FIXED_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "ffmpeg reads only files with a fixed plain name such as 'source'; copy the upload first: " + file);
        }
    }

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
