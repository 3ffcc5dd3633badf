package org.kepu.media.transcode;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * How every ffmpeg run is confined, because ffmpeg parses hostile bytes with decoders that keep
 * getting CVEs: resource limits set by util-linux {@code prlimit} (CPU seconds, address space,
 * largest file, no core dumps), an environment holding nothing of ours (no database password, no
 * S3 keys), its own work folder as the current directory, and a network namespace of its own
 * ({@code unshare -n} or {@code bwrap --unshare-net}) where the machine allows one.
 *
 * @param network how ffmpeg is cut off from the network
 * @param limits the resource limits, or null where {@code prlimit} is missing
 */
public record FfmpegSandbox(Network network, Limits limits) {

    /** How ffmpeg is kept off the network. */
    public enum Network {
        /** {@code unshare -n}: a new, empty network namespace (needs root or user namespaces). */
        UNSHARE(List.of("unshare", "-n")),
        /** Bubblewrap with the whole file system bound as it is, and no network. */
        BWRAP(List.of(
                "bwrap", "--bind", "/", "/", "--dev", "/dev", "--proc", "/proc", "--unshare-net", "--die-with-parent")),
        /** The machine allows neither: ffmpeg shares the worker's network. */
        SHARED(List.of());

        private final List<String> prefix;

        Network(List<String> prefix) {
            this.prefix = prefix;
        }
    }

    /**
     * Kernel limits of one ffmpeg process.
     *
     * @param cpuTime CPU time (all threads together); past it ffmpeg gets SIGXCPU and stops, and
     *     ten seconds later SIGKILL
     * @param addressSpaceBytes virtual memory; allocations beyond it fail
     * @param fileSizeBytes the largest file ffmpeg may write; a write past it kills it (SIGXFSZ)
     */
    public record Limits(Duration cpuTime, long addressSpaceBytes, long fileSizeBytes) {

        public Limits {
            if (cpuTime == null || cpuTime.toSeconds() < 1 || addressSpaceBytes < 1 || fileSizeBytes < 1) {
                throw new IllegalArgumentException("limits must be positive (CPU time at least 1 s)");
            }
        }

        List<String> prlimit() {
            long cpu = cpuTime.toSeconds();
            return List.of(
                    "prlimit",
                    "--cpu=" + cpu + ":" + (cpu + KILL_AFTER_SIGXCPU_SECONDS),
                    "--as=" + addressSpaceBytes,
                    "--fsize=" + fileSizeBytes,
                    "--core=0",
                    "--");
        }
    }

    // ffmpeg handles SIGXCPU by finishing its outputs; SIGKILL ends one that does not stop
    private static final long KILL_AFTER_SIGXCPU_SECONDS = 10;
    private static final Duration DETECTION_TIMEOUT = Duration.ofSeconds(10);

    /** Exit code of a process ended by SIGXFSZ: it wrote past the file-size limit. */
    static final int FILE_SIZE_EXCEEDED_EXIT = 128 + 25;
    /** Exit code of a process ended by SIGXCPU without handling it. */
    static final int CPU_EXCEEDED_EXIT = 128 + 24;
    /** ffmpeg's exit code after it handled a signal; we send none but SIGKILL, so it was SIGXCPU. */
    static final int FFMPEG_SIGNALLED_EXIT = 255;

    /** No wrapping at all (tests, benchmarks); the environment is still the minimal one. */
    public static FfmpegSandbox none() {
        return new FfmpegSandbox(Network.SHARED, null);
    }

    /**
     * The strongest confinement this machine allows, found by trying each tool once with
     * {@code true}: {@code unshare -n}, else {@code bwrap}, else shared network; {@code prlimit} if
     * it runs, else no limits.
     */
    public static FfmpegSandbox detect(Limits limits) {
        Network network = Network.SHARED;
        for (Network candidate : List.of(Network.UNSHARE, Network.BWRAP)) {
            if (runs(withTrue(candidate.prefix))) {
                network = candidate;
                break;
            }
        }
        boolean prlimit = runs(withTrue(limits.prlimit()));
        return new FfmpegSandbox(network, prlimit ? limits : null);
    }

    /** Whether ffmpeg runs without network. */
    public boolean isolatesNetwork() {
        return network != Network.SHARED;
    }

    /** Whether ffmpeg runs under resource limits. */
    public boolean limitsResources() {
        return limits != null;
    }

    /** For the start-up log: what confines ffmpeg here. */
    public String describe() {
        String net = switch (network) {
            case UNSHARE -> "no network (unshare -n)";
            case BWRAP -> "no network (bwrap --unshare-net)";
            case SHARED -> "SHARED network (neither unshare -n nor bwrap works here)";
        };
        String lim = limits == null
                ? "NO resource limits (prlimit missing)"
                : "limits: " + limits.cpuTime().toSeconds() + " CPU-s, " + limits.addressSpaceBytes()
                        + " bytes of address space, files up to " + limits.fileSizeBytes() + " bytes, no core dumps";
        return net + ", " + lim + ", minimal environment, own work folder";
    }

    /** The command line that runs {@code ffmpegCommand} inside this sandbox. */
    List<String> wrap(List<String> ffmpegCommand) {
        List<String> line = new ArrayList<>(network.prefix);
        if (limits != null) {
            line.addAll(limits.prlimit());
        }
        line.addAll(ffmpegCommand);
        return line;
    }

    /**
     * All ffmpeg gets to see of the environment: a fixed PATH, the C locale (its reports are parsed)
     * and its work folder as HOME. Nothing of the worker's variables, whatever secrets they hold.
     */
    static Map<String, String> environment(Path workDir) {
        return Map.of(
                "PATH", "/usr/local/bin:/usr/bin:/bin",
                "LC_ALL", "C",
                "HOME", workDir.toAbsolutePath().toString());
    }

    private static List<String> withTrue(List<String> prefix) {
        List<String> line = new ArrayList<>(prefix);
        line.add("true");
        return line;
    }

    private static boolean runs(List<String> command) {
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!process.waitFor(DETECTION_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            return false; // not installed
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
