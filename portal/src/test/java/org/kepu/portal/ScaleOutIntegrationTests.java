package org.kepu.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kepu.content.account.Account;
import org.kepu.content.account.Accounts;
import org.kepu.content.account.Role;
import org.kepu.portal.upload.RawPatch;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.unit.DataSize;

/**
 * Two portals on one database, as behind a load balancer: sessions live in the database, probes
 * and metrics answer with their access rules. The second portal is a real second application
 * context on its own port; it only admits metric scrapers from a network the test is not on.
 */
// A context of its own (its own database, index and blobs), closed afterwards, so that the shared
// context of the other portal tests is neither changed nor kept open by this class.
@TestPropertySource(properties = "spring.datasource.url=" + ScaleOutIntegrationTests.DATABASE)
@DirtiesContext
class ScaleOutIntegrationTests extends PortalIntegrationTest {

    static final String DATABASE =
            "jdbc:h2:mem:scaleout;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    // portal B serves the public address over TLS that ends at the proxy
    static final String PUBLIC_ADDRESS = "https://kepu.example.cn";

    private static ConfigurableApplicationContext portalB;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @DynamicPropertySource
    static void ownFolders(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory("kepu-scaleout-test-");
        registry.add("kepu.search.lucene.index-dir", () -> dir.resolve("search").toString());
        registry.add("kepu.blobs.folder", () -> dir.resolve("blobs").toString());
        registry.add("kepu.blobs.staging", () -> dir.resolve("uploads").toString());
    }

    // started once portal A (the shared context) has created the schema and the administrator
    @BeforeEach
    void startSecondPortal() throws Exception {
        if (portalB != null) {
            return;
        }
        portalB = new SpringApplicationBuilder(PortalApplication.class)
                .run(
                        "--server.port=0",
                        "--kepu.data-dir=" + Files.createTempDirectory("kepu-portal-b-"),
                        "--spring.datasource.url=" + DATABASE,
                        "--kepu.demo.enabled=false",
                        "--kepu.admin.username=" + ADMIN,
                        "--kepu.admin.password=" + ADMIN_PASSWORD,
                        "--kepu.jobs.enabled=false",
                        "--kepu.media.worker-enabled=false",
                        "--kepu.views.flush-interval=1h",
                        "--kepu.metrics.allowed-addresses=192.0.2.0/24",
                        "--kepu.site.base-url=" + PUBLIC_ADDRESS);
    }

    @AfterAll
    static void stopSecondPortal() {
        if (portalB != null) {
            portalB.close();
        }
    }

    @Test
    void aUserLoggedInOnOnePortalIsLoggedInOnTheOther() throws Exception {
        String session = logIn();

        HttpResponse<String> onA = send(HttpRequest.newBuilder(uri("/admin/users"))
                .header("Cookie", session)
                .build());
        HttpResponse<String> onB = send(HttpRequest.newBuilder(onPortalB("/admin/users"))
                .header("Cookie", session)
                .build());
        HttpResponse<String> anonymousOnB =
                send(HttpRequest.newBuilder(onPortalB("/admin/users")).build());

        assertThat(onA.statusCode()).isEqualTo(200);
        assertThat(onB.statusCode()).isEqualTo(200);
        assertThat(onB.body()).contains(ADMIN);
        assertThat(anonymousOnB.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = :name")
                        .param("name", ADMIN)
                        .query(Long.class)
                        .single())
                .as("the session is a row in the shared database")
                .isPositive();
    }

    @Test
    void anonymousPageViewsCreateNoSessionInTheDatabase() throws Exception {
        String article = getJson("/api/v1/search?q=" + encode("应急") + "&type=article")
                .path("items")
                .path(0)
                .path("url")
                .asString();

        for (String page : new String[] {"/", article, "/search?q=" + encode("应急")}) {
            HttpResponse<String> response = get(page);

            assertThat(response.statusCode()).as(page).isEqualTo(200);
            assertThat(response.headers().firstValue("Set-Cookie")).as(page).isEmpty();
        }
    }

    @Test
    void livenessAndReadinessProbesArePublic() throws Exception {
        for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> onA = get(probe);
            HttpResponse<String> onB =
                    send(HttpRequest.newBuilder(onPortalB(probe)).build());

            assertThat(onA.statusCode()).as(probe).isEqualTo(200);
            assertThat(json.readTree(onA.body()).path("status").asString()).isEqualTo("UP");
            assertThat(onB.statusCode()).as(probe).isEqualTo(200);
        }
    }

    @Test
    void prometheusMetricsAreForTheMonitoringNetworkOrAdministrators() throws Exception {
        get("/search?q=" + encode("应急"));

        HttpResponse<String> fromLoopback = get("/actuator/prometheus");
        HttpResponse<String> anonymousOnB =
                send(HttpRequest.newBuilder(onPortalB("/actuator/prometheus")).build());
        HttpResponse<String> adminOnB = send(HttpRequest.newBuilder(onPortalB("/actuator/prometheus"))
                .header("Authorization", basic(ADMIN, ADMIN_PASSWORD))
                .build());

        assertThat(fromLoopback.statusCode()).isEqualTo(200);
        assertThat(fromLoopback.body())
                .contains("http_server_requests_seconds_bucket")
                .contains("kepu_search_seconds_count")
                .contains("kepu_jobs_waiting")
                .contains("kepu_jobs_running")
                .contains("kepu_jobs_duration_seconds_count{result=\"ok\"")
                .contains("kepu_uploads_received_bytes_total");
        assertThat(anonymousOnB.statusCode()).isEqualTo(401);
        assertThat(adminOnB.statusCode()).isEqualTo(200);
        assertThat(adminOnB.headers().firstValue("Set-Cookie"))
                .as("scrapes create no sessions")
                .isEmpty();
    }

    @Test
    void withABaseUrlEveryAbsoluteUrlUsesItAndEveryAnswerCarriesHsts() throws Exception {
        int portB = onPortalB("/").getPort();
        await().atMost(Duration.ofMinutes(3))
                .ignoreExceptions()
                .until(() -> "READY"
                        .equals(getJson("/api/v1/videos/1").path("status").asString()));
        String forged = "Host: evil.example\r\nX-Forwarded-Host: evil.example\r\n";

        String video = RawHttp.send(portB, "GET", "/api/v1/videos/1", forged, null);
        String sitemap = RawHttp.send(portB, "GET", "/sitemap.xml", forged, null);
        String robots = RawHttp.send(portB, "GET", "/robots.txt", forged, null);
        String redirect = RawHttp.send(portB, "GET", "/admin/users", forged, null);
        String notFound = RawHttp.send(portB, "GET", "/no-such-page", forged, null);

        assertThat(json.readTree(video.substring(video.indexOf("\r\n\r\n") + 4))
                        .path("mp4")
                        .asString())
                .startsWith(PUBLIC_ADDRESS + "/media/videos/1/");
        assertThat(sitemap).contains("<loc>" + PUBLIC_ADDRESS + "/</loc>");
        assertThat(robots).contains("Sitemap: " + PUBLIC_ADDRESS + "/sitemap.xml");
        assertThat(RawHttp.header(redirect, "Location")).isEqualTo("/login");
        for (String answer : new String[] {video, sitemap, robots, redirect, notFound}) {
            assertThat(answer).doesNotContain("evil.example");
            assertThat(RawHttp.header(answer, "Strict-Transport-Security"))
                    .as("HSTS on every answer of an https site, though TLS ends at the proxy")
                    .startsWith("max-age=31536000");
        }
    }

    @Test
    void theUploadQuotaAndTheOnePatchRuleHoldAcrossPortals() throws Exception {
        String creator = "scale-creator-" + System.nanoTime();
        accounts.add(Account.create(
                creator, encoder.encode(ADMIN_PASSWORD), "创作者", EnumSet.of(Role.CREATOR), Instant.now()));
        String creatorAuth = basic(creator, ADMIN_PASSWORD);
        long twoGb = DataSize.ofGigabytes(2).toBytes();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(30);
        List<Future<HttpResponse<String>>> creates = new ArrayList<>();
        try {
            for (int i = 0; i < 30; i++) {
                URI portal = i % 2 == 0 ? uri("/api/v1/uploads") : onPortalB("/api/v1/uploads");
                creates.add(pool.submit(() -> {
                    start.await();
                    return send(HttpRequest.newBuilder(portal)
                            .header("Authorization", creatorAuth)
                            .header("Tus-Resumable", "1.0.0")
                            .header("Upload-Length", Long.toString(twoGb))
                            .header("Upload-Metadata", "filename " + b64("两边.mp4"))
                            .POST(HttpRequest.BodyPublishers.noBody())
                            .build());
                }));
            }
            start.countDown();
            List<String> created = new ArrayList<>();
            for (Future<HttpResponse<String>> create : creates) {
                create.get(2, TimeUnit.MINUTES).headers().firstValue("Location").ifPresent(created::add);
            }
            assertThat(created).as("10 GB quota, 2 GB each, over two portals").hasSize(5);

            // each portal stages uploads in its own folder here (S3 in production): PATCH where it began
            String other = "scale-other-" + System.nanoTime();
            accounts.add(Account.create(
                    other, encoder.encode(ADMIN_PASSWORD), "创作者", EnumSet.of(Role.CREATOR), Instant.now()));
            String auth = basic(other, ADMIN_PASSWORD);
            String path = URI.create(send(HttpRequest.newBuilder(uri("/api/v1/uploads"))
                                    .header("Authorization", auth)
                                    .header("Tus-Resumable", "1.0.0")
                                    .header("Upload-Length", "100000")
                                    .header("Upload-Metadata", "filename " + b64("小.mp4"))
                                    .POST(HttpRequest.BodyPublishers.noBody())
                                    .build())
                            .headers()
                            .firstValue("Location")
                            .orElseThrow())
                    .getPath();
            try (RawPatch onA = new RawPatch(port, path, auth, 0, 100_000)) {
                onA.send(new byte[64 * 1024], 0, 64 * 1024);
                String id = path.substring(path.lastIndexOf('/') + 1);
                await().atMost(Duration.ofSeconds(20))
                        .until(() -> jdbc.sql("select count(*) from upload where id = :id and patch_lease is not null")
                                        .param("id", id)
                                        .query(Long.class)
                                        .single()
                                == 1);

                HttpResponse<String> onB = send(HttpRequest.newBuilder(onPortalB(path))
                        .header("Authorization", auth)
                        .header("Tus-Resumable", "1.0.0")
                        .header("Upload-Offset", "0")
                        .header("Content-Type", "application/offset+octet-stream")
                        .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(new byte[1024]))
                        .build());

                assertThat(onB.statusCode())
                        .as("portal A's PATCH holds the upload")
                        .isEqualTo(423);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private String logIn() throws Exception {
        HttpResponse<String> loginPage = get("/login");
        String cookie =
                loginPage.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage.body());
        assertThat(token.find()).isTrue();
        HttpResponse<String> loggedIn = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + ADMIN + "&password=" + encode(ADMIN_PASSWORD)
                        + "&_csrf=" + encode(token.group(1))))
                .build());
        assertThat(loggedIn.statusCode()).isEqualTo(302);
        // a successful login issues a new session id (fixation protection)
        return loggedIn.headers().firstValue("Set-Cookie").orElse(cookie).split(";")[0];
    }

    private static URI onPortalB(String path) {
        int port = ((WebServerApplicationContext) portalB).getWebServer().getPort();
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String b64(String value) {
        return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
