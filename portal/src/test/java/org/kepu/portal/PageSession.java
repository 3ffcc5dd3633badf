package org.kepu.portal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person using the pages over HTTP: a session cookie from the login form, and the CSRF token the
 * pages carry, sent with every form post. No redirects are followed, so tests see them.
 */
public final class PageSession {

    // the login form's hidden field: pages carry the token in a meta tag only for signed-in users
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final Function<String, URI> uri;
    private String cookie;

    private PageSession(Function<String, URI> uri) {
        this.uri = uri;
    }

    /** The same session (its cookie) at other addresses, e.g. the other language's. */
    public PageSession at(Function<String, URI> other) {
        PageSession moved = new PageSession(other);
        moved.cookie = cookie;
        return moved;
    }

    /** Someone not signed in, with a session of their own. */
    public static PageSession anonymous(Function<String, URI> uri) {
        return new PageSession(uri);
    }

    /** Signs in through the login form; fails the test when the login does not succeed. */
    public static PageSession login(Function<String, URI> uri, String username, String password) {
        PageSession session = new PageSession(uri);
        HttpResponse<String> answer = session.post("/login", "username", username, "password", password);
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("error") || location.contains("throttled")) {
            throw new AssertionError("Login of " + username + " failed: " + answer.statusCode() + " " + location);
        }
        return session;
    }

    /**
     * The first login of an account an administrator created or reset: signs in with the temporary
     * password and changes it to {@code newPassword}, as the portal requires before anything else.
     */
    public static PageSession firstLogin(
            Function<String, URI> uri, String username, String temporaryPassword, String newPassword) {
        PageSession session = login(uri, username, temporaryPassword);
        HttpResponse<String> changed = session.post(
                "/account/password",
                "currentPassword",
                temporaryPassword,
                "newPassword",
                newPassword,
                "newPasswordAgain",
                newPassword);
        if (changed.statusCode() != 302) {
            throw new AssertionError("Changing the temporary password of " + username + " failed: "
                    + changed.statusCode() + " " + changed.body());
        }
        return session;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri.apply(path))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .GET());
    }

    public HttpResponse<byte[]> getBytes(String path) {
        try {
            HttpRequest.Builder request =
                    HttpRequest.newBuilder(uri.apply(path)).GET();
            if (cookie != null) {
                request.header("Cookie", cookie);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("GET " + path + " failed", e);
        }
    }

    /** Posts a form as a browser would, with the session's CSRF token; {@code fields} are name, value, … */
    public HttpResponse<String> post(String path, String... fields) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            pairs.add(encode(fields[i]) + "=" + encode(fields[i + 1]));
        }
        pairs.add("_csrf=" + encode(csrfToken()));
        return send(HttpRequest.newBuilder(uri.apply(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs))));
    }

    /** Posts JSON as the pages' scripts do, with the session's CSRF token in the header. */
    public HttpResponse<String> postJson(String path, String json) {
        return send(HttpRequest.newBuilder(uri.apply(path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("X-CSRF-TOKEN", csrfToken())
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Posts a multipart form with one file, as a browser does for a form with a file input. */
    public HttpResponse<String> postWithFile(
            String path, String fileField, String fileName, byte[] file, String... fields) {
        String boundary = "----kepu" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of(fields));
        all.add("_csrf");
        all.add(csrfToken());
        for (int i = 0; i + 1 < all.size(); i += 2) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + all.get(i) + "\"\r\n\r\n"
                            + all.get(i + 1) + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                        + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri.apply(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private String csrfToken() {
        HttpResponse<String> page = get("/login");
        Matcher token = CSRF.matcher(page.body());
        if (!token.find()) {
            throw new AssertionError("No CSRF token on the login page");
        }
        return token.group(1);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith("JSESSIONID=") || c.startsWith("SESSION="))
                    .findFirst()
                    .ifPresent(c -> cookie = c.split(";")[0]);
            return response;
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("Request failed", e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
