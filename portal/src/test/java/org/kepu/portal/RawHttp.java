package org.kepu.portal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 over a plain socket, for requests the JDK's client refuses to send (a forged Host
 * header). Answers are read to the end of the connection and returned as text, headers included.
 */
public final class RawHttp {

    private RawHttp() {}

    /** Sends the request head (and body) as given, adding {@code Connection: close}. */
    public static String send(int port, String method, String path, String headers, String body) {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        String head = method + " " + path + " HTTP/1.1\r\n" + headers
                + (content.length > 0 ? "Content-Length: " + content.length + "\r\n" : "")
                + "Connection: close\r\n\r\n";
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return dechunked(answer.toByteArray());
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + " failed", e);
        }
    }

    private static String dechunked(byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end + 4);
        if (end < 0 || !head.toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked")) {
            return new String(raw, StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = end + 4;
        while (at < raw.length) {
            int lineEnd = text.indexOf("\r\n", at);
            int size =
                    Integer.parseInt(text.substring(at, lineEnd).split(";")[0].strip(), 16);
            if (size == 0) {
                break;
            }
            body.write(raw, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
        return head + body.toString(StandardCharsets.UTF_8);
    }

    public static int status(String answer) {
        return Integer.parseInt(answer.substring(9, 12));
    }

    /** The value of a response header, or null. */
    public static String header(String answer, String name) {
        String head = answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n")));
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
                return line.substring(colon + 1).strip();
            }
        }
        return null;
    }
}
