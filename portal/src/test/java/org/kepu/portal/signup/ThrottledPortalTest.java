package org.kepu.portal.signup;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.kepu.portal.web.ClientAddresses;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The portal with the production limits (not {@code PortalIntegrationTest}'s raised ones), short
 * back-off delays, and forwarded headers handled as in production with no proxy trusted: the
 * tests' own connection is then an untrusted client. Shared by the throttle tests (one context).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "kepu.demo.enabled=false",
            "kepu.admin.username=" + ThrottledPortalTest.ADMIN,
            "kepu.admin.password=" + ThrottledPortalTest.ADMIN_PASSWORD,
            "kepu.signup.login-free-failures=3",
            "kepu.signup.login-first-delay=5s",
            "kepu.signup.login-max-delay=20s",
            // the HTTP tests here fail about twenty logins from one address; the spraying test uses its own
            "kepu.signup.logins-per-address=50",
            "kepu.signup.signups-per-address=1000",
            "server.forward-headers-strategy=native",
            "server.tomcat.remoteip.internal-proxies=",
            "spring.datasource.url=jdbc:h2:mem:throttle;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
        })
@Import(ThrottledPortalTest.AddressEcho.class)
abstract class ThrottledPortalTest {

    static final String ADMIN = "throttle-admin";
    static final String ADMIN_PASSWORD = "测试-Admin-密码-2026";

    private static final Path DATA_DIR = createDataDir();

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("kepu.data-dir", DATA_DIR::toString);
    }

    /** Shows which address the rate limits see for a request: the only way to observe it from outside. */
    @TestConfiguration
    @RestController
    static class AddressEcho {
        @GetMapping("/test/rate-limit-address")
        String address(HttpServletRequest request) {
            return ClientAddresses.keyOf(request);
        }
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("Request failed", e);
        }
    }

    /** {@code POST /api/v1/tokens} with HTTP Basic, as a script guessing passwords sends it. */
    HttpResponse<String> basicTokenRequest(String username, String password) {
        String credentials =
                Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri("/api/v1/tokens"))
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"脚本\"}"))
                .build());
    }

    private static Path createDataDir() {
        try {
            return Files.createTempDirectory("kepu-throttle-test-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
