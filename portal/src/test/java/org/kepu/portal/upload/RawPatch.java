package org.kepu.portal.upload;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A tus PATCH over a plain socket, so that a test can send its body as an attacker would: in pieces,
 * slowly, or not at all, and still read the server's answer while it is sending.
 */
public final class RawPatch implements AutoCloseable {

    private final Socket socket;
    private final OutputStream out;
    private final CompletableFuture<Answer> answer;
    private final ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();

    public RawPatch(int port, String path, String authorization, long offset, long contentLength) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(60_000);
        out = socket.getOutputStream();
        String head = "PATCH " + path + " HTTP/1.1\r\n"
                + "Host: 127.0.0.1:" + port + "\r\n"
                + "Authorization: " + authorization + "\r\n"
                + "Tus-Resumable: 1.0.0\r\n"
                + "Upload-Offset: " + offset + "\r\n"
                + "Content-Type: application/offset+octet-stream\r\n"
                + "Content-Length: " + contentLength + "\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        answer = CompletableFuture.supplyAsync(this::readAnswer);
    }

    public void send(byte[] bytes, int from, int to) throws IOException {
        out.write(bytes, from, to - from);
        out.flush();
    }

    /** Sends {@code piece} bytes every {@code period} from {@code from} on, until done or closed. */
    void trickle(byte[] bytes, int from, int piece, long periodMillis) {
        int[] next = {from};
        pacer.scheduleAtFixedRate(
                () -> {
                    int to = Math.min(bytes.length, next[0] + piece);
                    try {
                        if (next[0] < to) {
                            send(bytes, next[0], to);
                            next[0] = to;
                        }
                    } catch (IOException closed) {
                        pacer.shutdown();
                    }
                },
                0,
                periodMillis,
                TimeUnit.MILLISECONDS);
    }

    public CompletableFuture<Answer> answer() {
        return answer;
    }

    @Override
    public void close() throws IOException {
        pacer.shutdownNow();
        socket.close();
    }

    private Answer readAnswer() {
        try {
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            String status = in.readLine();
            Map<String, String> headers = new HashMap<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                int colon = line.indexOf(':');
                headers.put(
                        line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).strip());
            }
            return new Answer(Integer.parseInt(status.split(" ")[1]), headers);
        } catch (IOException e) {
            throw new IllegalStateException("No answer to the PATCH", e);
        }
    }

    public record Answer(int status, Map<String, String> headers) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }
}
