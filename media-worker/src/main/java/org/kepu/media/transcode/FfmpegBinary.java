package org.kepu.media.transcode;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import ws.schild.jave.process.ffmpeg.DefaultFFMPEGLocator;

/**
 * The ffmpeg executable every run uses, the sandbox it runs in, and the input options that keep it
 * from following what an uploaded file points to.
 *
 * @param executable path of the ffmpeg binary
 * @param sandbox how each run is confined
 */
public record FfmpegBinary(Path executable, FfmpegSandbox sandbox) {

    /**
     * One run, ready to start.
     *
     * @param line the command line, sandbox tools first
     * @param environment the whole environment of the process
     * @param directory its current directory: the run's own work folder
     */
    record Invocation(List<String> line, Map<String, String> environment, Path directory) {}

    /** Without a sandbox (tests, benchmarks): the environment is still the minimal one. */
    public FfmpegBinary(Path executable) {
        this(executable, FfmpegSandbox.none());
    }

    /** Only local files, and only the containers we accept: a playlist or concat list is refused. */
    static final List<String> SAFE_INPUT_OPTIONS = List.of(
            "-protocol_whitelist", "file", "-format_whitelist", "mov,mp4,m4a,3gp,3g2,mj2,matroska,webm,avi,flv");

    private static final Duration VERSION_TIMEOUT = Duration.ofSeconds(30);

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
        return new FfmpegBinary(bundledPath());
    }

    /** Where the bundled binary lives on this machine (extracted on first use). */
    public static Path bundledPath() {
        return Path.of(new DefaultFFMPEGLocator().getExecutablePath());
    }

    /**
     * The first line of {@code ffmpeg -version}, run in the sandbox: proves at start-up that the
     * binary and the sandbox work together.
     *
     * @throws IllegalStateException if it does not run
     */
    public String version() {
        // -version prints to stdout; stderr would hold the error
        List<String> out = new CopyOnWriteArrayList<>();
        FfmpegRun.Outcome outcome = new FfmpegRun(command(List.of("-version")), VERSION_TIMEOUT, 5).run(out::add);
        if (outcome.exitCode() != 0 || out.isEmpty()) {
            throw new IllegalStateException("ffmpeg does not run: " + executable + " exited with " + outcome.exitCode()
                    + " " + outcome.stderr());
        }
        return out.get(0);
    }

    /** The same binary in another sandbox. */
    public FfmpegBinary in(FfmpegSandbox other) {
        return new FfmpegBinary(executable, other);
    }

    /** A run of this binary with the options every run shares, in the system's temp folder. */
    Invocation command(List<String> arguments) {
        return command(arguments, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** A run of this binary with the options every run shares, with {@code workDir} as its current directory. */
    Invocation command(List<String> arguments, Path workDir) {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(List.of("-hide_banner", "-nostdin"));
        command.addAll(arguments);
        return new Invocation(sandbox.wrap(command), FfmpegSandbox.environment(workDir), workDir);
    }
}
