package org.kepu.search;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

/**
 * A real Elasticsearch 9.2.0 for the tests, from Maven Central's integ-test-zip (unpacked by the build into
 * {@code target/elasticsearch-dist}), started once per test JVM on a free loopback port with its data in
 * {@code target/elasticsearch-run}, and stopped by a shutdown hook. It needs a JDK 21+ (Temurin 25 here) and refuses
 * to run as root, so as root it runs as the user {@value #USER}, created on first use.
 */
final class ElasticsearchServer {

    static final String USER = "kepu-es";
    private static final Duration STARTUP = Duration.ofSeconds(150);
    /** 512 MB is enough for the tests; the benchmark asks for more. */
    private static final String HEAP = System.getProperty("kepu.elasticsearch.heap", "512m");

    private static ElasticsearchServer started;

    private final Process process;
    private final URI uri;
    private final Path work;

    private ElasticsearchServer(Process process, URI uri, Path work) {
        this.process = process;
        this.uri = uri;
        this.work = work;
    }

    /** The running server, started on first call. */
    static synchronized ElasticsearchServer get() {
        if (started == null) {
            started = start();
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "elasticsearch-stop"));
        }
        return started;
    }

    URI uri() {
        return uri;
    }

    /** Why the server cannot run here, or empty when it can. */
    static Optional<String> missing() {
        if (javaHome().isEmpty()) {
            return Optional.of("no JDK 21 or newer (set ES_JAVA_HOME or install one under /usr/lib/jvm)");
        }
        if (!Files.isExecutable(distribution().resolve("bin/elasticsearch"))) {
            return Optional.of("no Elasticsearch distribution in " + distribution()
                    + " (the build unpacks it in process-test-resources: run through Maven)");
        }
        return Optional.empty();
    }

    private static ElasticsearchServer start() {
        missing().ifPresent(reason -> {
            throw new IllegalStateException("Elasticsearch cannot start: " + reason);
        });
        try {
            Path work = Path.of(System.getProperty("kepu.elasticsearch.work", "target/elasticsearch-run"))
                    .toAbsolutePath();
            deleteRecursively(work);
            for (String dir : List.of("data", "logs", "tmp")) {
                Files.createDirectories(work.resolve(dir));
            }
            copyConfig(distribution().resolve("config"), work.resolve("config"));
            int port = freePortBelowEphemeralRange();
            boolean root = "root".equals(System.getProperty("user.name"));
            if (root) {
                ensureUser();
                run("chown", "-R", USER + ":" + USER, work.toString());
            }
            Process process = new ProcessBuilder(command(work, port, root))
                    .redirectErrorStream(true)
                    .redirectOutput(work.resolve("console.log").toFile())
                    .start();
            ElasticsearchServer server = new ElasticsearchServer(process, URI.create("http://127.0.0.1:" + port), work);
            server.awaitHealthy();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start Elasticsearch", e);
        }
    }

    /**
     * A free loopback port under Linux's ephemeral range (32768–60999): a port from that range can be taken by
     * an outgoing connection between our check and the engine's bind (a CI run failed so).
     */
    private static int freePortBelowEphemeralRange() {
        Random random = new Random();
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = 20_000 + random.nextInt(12_000);
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IllegalStateException("no free loopback port between 20000 and 32000");
    }

    private static List<String> command(Path work, int port, boolean root) {
        List<String> command = new ArrayList<>();
        if (root) {
            command.addAll(List.of("runuser", "-u", USER, "--"));
        }
        command.addAll(List.of(
                "env",
                "ES_JAVA_HOME=" + javaHome().orElseThrow(),
                "ES_JAVA_OPTS=-Xms" + HEAP + " -Xmx" + HEAP,
                "ES_PATH_CONF=" + work.resolve("config"),
                "ES_TMPDIR=" + work.resolve("tmp"),
                distribution().resolve("bin/elasticsearch").toString(),
                "-E",
                "discovery.type=single-node",
                "-E",
                "xpack.security.enabled=false",
                "-E",
                "http.host=127.0.0.1",
                "-E",
                "transport.host=127.0.0.1",
                "-E",
                "http.port=" + port,
                "-E",
                "path.data=" + work.resolve("data"),
                "-E",
                "path.logs=" + work.resolve("logs"),
                "-E",
                "cluster.routing.allocation.disk.threshold_enabled=false",
                "-p",
                work.resolve("es.pid").toString()));
        return command;
    }

    private void awaitHealthy() {
        try {
            await().atMost(STARTUP).pollInterval(Duration.ofMillis(500)).until(() -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Elasticsearch exited with " + process.exitValue() + "; see "
                            + work.resolve("console.log"));
                }
                return healthy();
            });
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
    }

    // GET / answers 405 in this distribution; the cluster health endpoint works.
    private boolean healthy() {
        try {
            HttpURLConnection connection =
                    (HttpURLConnection) uri.resolve("/_cluster/health").toURL().openConnection();
            connection.setConnectTimeout(500);
            connection.setReadTimeout(2000);
            return connection.getResponseCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    void stop() {
        try {
            Path pidFile = work.resolve("es.pid");
            if (Files.exists(pidFile)) {
                long pid = Long.parseLong(Files.readString(pidFile).strip());
                ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
            }
        } catch (IOException | NumberFormatException e) {
            // fall through to stopping the launcher
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        process.onExit()
                .orTimeout(30, java.util.concurrent.TimeUnit.SECONDS)
                .exceptionally(e -> null)
                .join();
    }

    /** ES_JAVA_HOME, else the newest /usr/lib/jvm/temurin-2x JDK, if it is 21 or newer. */
    static Optional<Path> javaHome() {
        String configured = System.getenv("ES_JAVA_HOME");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(ElasticsearchServer::isJdk21OrNewer);
        }
        try (Stream<Path> jvms = Files.list(Path.of("/usr/lib/jvm"))) {
            return jvms.filter(p -> p.getFileName().toString().matches("temurin-2\\d.*"))
                    .filter(ElasticsearchServer::isJdk21OrNewer)
                    .max(Comparator.comparing(Path::toString));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean isJdk21OrNewer(Path home) {
        try {
            String release = Files.readString(home.resolve("release"));
            java.util.regex.Matcher version =
                    java.util.regex.Pattern.compile("JAVA_VERSION=\"(\\d+)").matcher(release);
            return Files.isExecutable(home.resolve("bin/java"))
                    && version.find()
                    && Integer.parseInt(version.group(1)) >= 21;
        } catch (IOException e) {
            return false;
        }
    }

    static Path distribution() {
        return Path.of(System.getProperty("kepu.elasticsearch.dist", "target/elasticsearch-dist/elasticsearch-9.2.0"))
                .toAbsolutePath();
    }

    private static void ensureUser() throws IOException {
        if (run("id", "-u", USER) != 0
                && run("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", USER) != 0) {
            throw new IllegalStateException("cannot create the user " + USER + " that Elasticsearch runs as");
        }
    }

    private static int run(String... command) throws IOException {
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + command[0], e);
        }
    }

    private static void copyConfig(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
