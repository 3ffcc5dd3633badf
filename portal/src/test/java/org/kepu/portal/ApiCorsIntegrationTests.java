package org.kepu.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * Browser clients of other sites (the official tus-js-client) may use {@code /api/v1} only from the
 * origins of {@code kepu.api.cors.allowed-origins}; tus discovery needs no credentials.
 */
class ApiCorsIntegrationTests extends PortalIntegrationTest {

    static final String LISTED = "https://partner.example.cn";

    @Test
    void tusDiscoveryAnswersWithoutCredentials() throws Exception {
        HttpResponse<String> options = send(
                HttpRequest.newBuilder(uri("/api/v1/uploads")).method("OPTIONS", HttpRequest.BodyPublishers.noBody()));

        assertThat(options.statusCode()).isEqualTo(204);
        assertThat(options.headers().firstValue("Tus-Version")).hasValue("1.0.0");
        assertThat(options.headers().firstValue("Tus-Extension"))
                .hasValueSatisfying(extensions -> assertThat(extensions).contains("creation"));
        assertThat(options.headers().firstValue("Tus-Max-Size")).isPresent();
    }

    @Test
    void aListedOriginPassesThePreflightAndReadsTheTusHeaders() throws Exception {
        HttpResponse<String> preflight = preflight(LISTED);

        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
                .hasValue(LISTED);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods"))
                .hasValueSatisfying(methods -> assertThat(methods).contains("POST", "PATCH"));
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers"))
                .hasValueSatisfying(headers -> assertThat(headers.toLowerCase())
                        .contains("authorization", "tus-resumable", "upload-length", "upload-metadata"));
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials"))
                .as("cookies are never sent cross-origin")
                .isEmpty();

        HttpResponse<String> created = send(HttpRequest.newBuilder(uri("/api/v1/uploads"))
                .header("Origin", LISTED)
                .header("Authorization", basic())
                .header("Tus-Resumable", "1.0.0")
                .header("Upload-Length", "10")
                .header(
                        "Upload-Metadata",
                        "filename " + Base64.getEncoder().encodeToString("跨站上传.mp4".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Access-Control-Allow-Origin")).hasValue(LISTED);
        assertThat(created.headers().firstValue("Access-Control-Expose-Headers"))
                .hasValueSatisfying(
                        exposed -> assertThat(exposed).contains("Location", "Upload-Offset", "Tus-Resumable"));
    }

    @Test
    void anotherOriginGetsNoCorsHeadersAndIsRefused() throws Exception {
        HttpResponse<String> preflight = preflight("https://evil.example");
        HttpResponse<String> read = send(HttpRequest.newBuilder(uri("/api/v1/search?q=" + encode("应急")))
                .header("Origin", "https://evil.example")
                .header("Authorization", basic()));

        assertThat(preflight.statusCode()).isEqualTo(403);
        assertThat(preflight.headers().map().keySet())
                .noneMatch(name -> name.toLowerCase().startsWith("access-control-"));
        assertThat(read.statusCode()).isEqualTo(403);
        assertThat(read.headers().map().keySet())
                .noneMatch(name -> name.toLowerCase().startsWith("access-control-"));
    }

    private HttpResponse<String> preflight(String origin) throws Exception {
        return send(HttpRequest.newBuilder(uri("/api/v1/uploads"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,tus-resumable,upload-length,upload-metadata"));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic() {
        return "Basic "
                + Base64.getEncoder().encodeToString((ADMIN + ":" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}
