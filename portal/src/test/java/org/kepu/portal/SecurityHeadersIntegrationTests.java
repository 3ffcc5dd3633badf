package org.kepu.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kepu.content.blob.BlobStore;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The security headers of 等保 2.0 level 2 on every kind of answer: pages, the JSON API and its
 * problem details, media (whole and 206 ranges), images, static files, error pages, actuator and
 * tus discovery. Plain-http localhost gets no HSTS (ScaleOutIntegrationTests checks it behind TLS).
 */
class SecurityHeadersIntegrationTests extends PortalIntegrationTest {

    @Autowired
    BlobStore blobs;

    @Test
    void everyKindOfAnswerCarriesTheSecurityHeaders() throws Exception {
        Map<String, HttpResponse<?>> answers = new LinkedHashMap<>();
        answers.put("page", get("/"));
        answers.put("static file", get("/css/site.css"));
        answers.put("404 page", get("/no-such-page"));
        answers.put("500 page", get("/error"));
        answers.put("JSON API", get("/api/v1/search?q=" + encode("应急")));
        answers.put("API problem detail", get("/api/v1/videos/987654"));
        answers.put(
                "API 401",
                send(HttpRequest.newBuilder(uri("/api/v1/videos"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))));
        answers.put(
                "tus discovery",
                send(HttpRequest.newBuilder(uri("/api/v1/uploads"))
                        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())));
        answers.put("actuator", get("/actuator/health"));
        String mp4 = URI.create(readyVideo().path("mp4").asString()).getPath();
        answers.put("media", send(HttpRequest.newBuilder(uri(mp4))));
        answers.put("media range", send(HttpRequest.newBuilder(uri(mp4)).header("Range", "bytes=0-99")));
        answers.put("poster", send(HttpRequest.newBuilder(uri("/media/videos/1/poster.jpg"))));
        String image = UUID.randomUUID().toString().replace("-", "");
        blobs.put(
                "images/" + image + "/480.jpg",
                new ByteArrayInputStream(new byte[] {(byte) 0xFF, (byte) 0xD8}),
                "image/jpeg");
        answers.put("image", send(HttpRequest.newBuilder(uri("/media/images/" + image + "/480.jpg"))));

        assertThat(answers.get("404 page").statusCode()).isEqualTo(404);
        assertThat(answers.get("500 page").statusCode()).isEqualTo(500);
        assertThat(answers.get("API problem detail").statusCode()).isEqualTo(404);
        assertThat(answers.get("API problem detail").headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(answers.get("API 401").statusCode()).isEqualTo(401);
        assertThat(answers.get("media range").statusCode()).isEqualTo(206);
        assertThat(answers.get("image").statusCode()).isEqualTo(200);
        answers.forEach((kind, answer) -> {
            HttpHeaders headers = answer.headers();
            assertThat(headers.firstValue("X-Content-Type-Options")).as(kind).hasValue("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(kind).hasValue("strict-origin-when-cross-origin");
            assertThat(headers.firstValue("Permissions-Policy"))
                    .as(kind)
                    .hasValueSatisfying(policy -> assertThat(policy).contains("camera=()", "geolocation=()"));
            assertThat(headers.firstValue("Content-Security-Policy"))
                    .as(kind)
                    .hasValueSatisfying(policy -> assertThat(policy).contains("frame-ancestors"));
            assertThat(headers.firstValue("Strict-Transport-Security"))
                    .as(kind + ": no HSTS for plain-http localhost")
                    .isEmpty();
        });
        assertThat(answers.get("JSON API").headers().firstValue("Content-Security-Policy"))
                .as("the API allows nothing to load and no framing")
                .hasValueSatisfying(
                        policy -> assertThat(policy).contains("default-src 'none'", "frame-ancestors 'none'"));
    }

    private tools.jackson.databind.JsonNode readyVideo() {
        await().atMost(Duration.ofMinutes(3))
                .ignoreExceptions()
                .until(() -> "READY"
                        .equals(getJson("/api/v1/videos/1").path("status").asString()));
        try {
            return getJson("/api/v1/videos/1");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
