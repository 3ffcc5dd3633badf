package org.kepu.content.blob;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One running Adobe S3Mock ({@code com.adobe.testing:s3mock:exec}), a real S3 endpoint over HTTP.
 * Its HTTP connector listens on all interfaces whatever we ask, so tests talk to it on 127.0.0.1
 * only, and its data lives under {@code target/s3mock/}.
 */
final class S3MockServer implements AutoCloseable {

    /** Where the Maven build (maven-dependency-plugin, process-test-resources) puts the jar. */
    static final Path JAR = Path.of(System.getProperty("kepu.s3mock.jar", "target/s3mock/s3mock.jar"));

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final int START_ATTEMPTS = 3;

    private final Process process;
    private final URI endpoint;
    private final Path root;
    private final Thread killer;

    private S3MockServer(Process process, int port, Path root) {
        this.process = process;
        this.endpoint = URI.create("http://127.0.0.1:" + port);
        this.root = root;
        // Backup for a JVM that ends without closing the JUnit store (e.g. a failed fork).
        this.killer = new Thread(process::destroyForcibly, "s3mock-killer");
        Runtime.getRuntime().addShutdownHook(killer);
    }

    /** Starts S3Mock on free loopback ports, again on others when a port was taken in the meantime. */
    static S3MockServer start() {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException("S3Mock's jar is missing at " + JAR.toAbsolutePath()
                    + ". The Maven build copies it there from com.adobe.testing:s3mock:exec"
                    + " (run ./mvnw -pl content process-test-resources, or the tests through Maven).");
        }
        try {
            Path work = Files.createDirectories(JAR.toAbsolutePath().resolveSibling("run"));
            for (int attempt = 1; ; attempt++) {
                try {
                    return startOnce(work, attempt);
                } catch (PortTaken e) {
                    if (attempt == START_ATTEMPTS) {
                        throw e;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start S3Mock", e);
        }
    }

    private static S3MockServer startOnce(Path work, int attempt) throws IOException {
        int httpPort = freePort();
        int httpsPort = freePort();
        Path root = Files.createDirectories(
                work.resolve("data-" + ProcessHandle.current().pid() + "-" + attempt));
        Path log = work.resolve("s3mock-" + ProcessHandle.current().pid() + "-" + attempt + ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(
                        java,
                        "-Xmx384m",
                        "-jar",
                        JAR.toAbsolutePath().toString(),
                        "--com.adobe.testing.s3mock.httpPort=" + httpPort,
                        "--server.port=" + httpsPort,
                        "--server.address=127.0.0.1",
                        "--com.adobe.testing.s3mock.store.root=" + root,
                        "--server.shutdown=immediate",
                        "--spring.main.banner-mode=off"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        URI probe = URI.create("http://127.0.0.1:" + httpPort + "/");
        try {
            await("S3Mock answering on " + probe)
                    .atMost(START_TIMEOUT)
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> answers(process, probe, log));
            return new S3MockServer(process, httpPort, root);
        } catch (RuntimeException e) {
            process.destroyForcibly();
            String message = "S3Mock did not start (attempt " + attempt + "), see " + log;
            throw Files.readString(log).contains("already in use")
                    ? new PortTaken(message, e)
                    : new IllegalStateException(message, e);
        }
    }

    /** Another process took one of the free ports between our look and S3Mock's bind: try again. */
    private static final class PortTaken extends IllegalStateException {
        PortTaken(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static boolean answers(Process process, URI probe, Path log) throws IOException, InterruptedException {
        if (!process.isAlive()) {
            throw new IllegalStateException("S3Mock exited with " + process.exitValue() + ", see " + log);
        }
        try {
            HttpResponse<Void> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(probe)
                                    .timeout(Duration.ofSeconds(5))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (ConnectException | HttpTimeoutException e) {
            // not listening yet, or listening but still starting on a busy machine
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    URI endpoint() {
        return endpoint;
    }

    /** Settings for a bucket on this server; S3Mock accepts any credentials. */
    S3Settings settings(String bucket) {
        return S3Settings.of(endpoint, bucket, "kepu-test", "kepu-test-secret");
    }

    /** Stops S3Mock and deletes its data; the log stays for a look. */
    @Override
    public void close() throws InterruptedException, IOException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        Runtime.getRuntime().removeShutdownHook(killer);
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
