package org.kepu.portal;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.kepu.portal.demo.DemoContent;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The whole portal on a real port with the embedded default (H2, Lucene, blob folder, media worker
 * inside) and the demo content, shared by the flow tests so the context starts once.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "kepu.demo.enabled=true",
            "kepu.admin.username=" + PortalIntegrationTest.ADMIN,
            "kepu.admin.password=" + PortalIntegrationTest.ADMIN_PASSWORD,
            "kepu.jobs.polling-interval=200ms",
            "kepu.uploads.browser-chunk-size=64KB",
            // small, so that TusUploadIntegrationTests sees slow PATCHes ended within seconds
            "kepu.uploads.patch-deadline=6s",
            "kepu.uploads.patch-rate-grace=1s",
            "kepu.uploads.patch-min-rate=1KB",
            // tests flush view counts themselves, so no timer interferes with what they count
            "kepu.views.flush-interval=1h",
            // tests sign in often from one address; signup/LoginThrottleIntegrationTests checks the limits
            "kepu.signup.logins-per-address=10000",
            "kepu.signup.login-free-failures=10000",
            "kepu.signup.signups-per-address=10000",
            // ApiCorsIntegrationTests: one partner site may use the API from its pages
            "kepu.api.cors.allowed-origins=https://partner.example.cn",
            "spring.datasource.url=jdbc:h2:mem:portal;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
        })
public abstract class PortalIntegrationTest {

    protected static final String ADMIN = "kepu-admin";
    protected static final String ADMIN_PASSWORD = "测试-Admin-密码-2026";

    private static final Path DATA_DIR = createDataDir();

    @LocalServerPort
    protected int port;

    @Autowired
    protected ObjectMapper json;

    protected final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("kepu.data-dir", DATA_DIR::toString);
    }

    @BeforeEach
    void demoArticlesAreSearchable() {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> getJson("/api/v1/search?q=" + encode("应急"))
                                .path("total")
                                .asLong()
                        > 0);
    }

    @Autowired
    private ObjectProvider<DemoContent> demo;

    /**
     * The demo's videos are stored in the background after start; tests find them as videos 1, 2
     * and 3, so none may store a video of its own before the demo has stored all of its.
     */
    @BeforeEach
    void demoVideosAreStored() {
        DemoContent content = demo.getIfAvailable();
        if (content != null) {
            await().atMost(Duration.ofSeconds(180)).until(content::videosStored);
        }
    }

    protected URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    protected HttpResponse<String> get(String path) throws IOException, InterruptedException {
        // Accept as a browser sends it, so that errors come as pages, not as JSON
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    protected JsonNode getJson(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return json.readTree(response.body());
    }

    protected static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Path createDataDir() {
        try {
            return Files.createTempDirectory("kepu-portal-test-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
