package org.kepu.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kepu.content.account.Accounts;
import org.kepu.content.account.Role;
import org.springframework.beans.factory.annotation.Autowired;

class SecurityIntegrationTests extends PortalIntegrationTest {

    @Autowired
    Accounts accounts;

    @Test
    void theFirstAdminComesFromTheEnvironmentWithAHashedPassword() {
        var admin = accounts.findByUsername(ADMIN).orElseThrow();

        assertThat(admin.getRoles()).contains(Role.ADMIN);
        assertThat(admin.getPasswordHash()).startsWith("{bcrypt}").doesNotContain(ADMIN_PASSWORD);
    }

    @Test
    void apiWritesNeedAuthenticationWithoutSessionOrCsrf() throws Exception {
        HttpResponse<String> anonymous = send(HttpRequest.newBuilder(uri("/api/v1/videos"))
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .header("Content-Type", "application/json")
                .build());
        HttpResponse<String> wrongPassword = send(HttpRequest.newBuilder(uri("/api/v1/videos"))
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .header("Content-Type", "application/json")
                .header("Authorization", basic(ADMIN, "wrong"))
                .build());
        HttpResponse<String> admin = send(HttpRequest.newBuilder(uri("/api/v1/videos"))
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .header("Content-Type", "application/json")
                .header("Authorization", basic(ADMIN, ADMIN_PASSWORD))
                .build());

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(admin.statusCode()).as("authenticated, no CSRF token needed").isNotIn(401, 403);
        assertThat(admin.headers().firstValue("Set-Cookie")).as("stateless").isEmpty();
    }

    @Test
    void aBearerTokenIssuedOnceAuthenticatesLaterCalls() throws Exception {
        HttpResponse<String> issued = send(HttpRequest.newBuilder(uri("/api/v1/tokens"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"科普中国资源导入\"}"))
                .header("Content-Type", "application/json")
                .header("Authorization", basic(ADMIN, ADMIN_PASSWORD))
                .build());
        assertThat(issued.statusCode()).isEqualTo(201);
        String token = json.readTree(issued.body()).path("token").asString();
        assertThat(token).startsWith("kp_").hasSizeGreaterThan(40);

        HttpResponse<String> withToken = send(HttpRequest.newBuilder(uri("/api/v1/tokens"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"第二个\"}"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .build());
        HttpResponse<String> forged = send(HttpRequest.newBuilder(uri("/api/v1/tokens"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"伪造\"}"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token.substring(0, token.length() - 2) + "xx")
                .build());
        HttpResponse<String> invalid = send(HttpRequest.newBuilder(uri("/api/v1/tokens"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"\"}"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .build());

        assertThat(withToken.statusCode())
                .as("only a password login mints tokens")
                .isEqualTo(403);
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
    }

    @Test
    void publicReadsNeedNoLogin() throws Exception {
        for (String path : new String[] {
            "/", "/search?q=" + encode("健康"), "/api/v1/search?q=" + encode("健康"), "/actuator/health", "/login"
        }) {
            assertThat(get(path).statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void pagesUseFormLoginWithCsrf() throws Exception {
        HttpResponse<String> loginPage = get("/login");
        String cookie =
                loginPage.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage.body());
        assertThat(token.find()).as("the login form carries a CSRF token").isTrue();

        HttpResponse<String> withoutToken =
                send(form("/login", cookie, "username=" + ADMIN + "&password=" + encode(ADMIN_PASSWORD)));
        HttpResponse<String> badPassword =
                send(form("/login", cookie, "username=" + ADMIN + "&password=nope&_csrf=" + encode(token.group(1))));
        HttpResponse<String> withToken = send(form(
                "/login",
                cookie,
                "username=" + ADMIN + "&password=" + encode(ADMIN_PASSWORD) + "&_csrf=" + encode(token.group(1))));

        // the failed attempt comes first: a successful login replaces the session and its token
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(withToken.statusCode()).isEqualTo(302);
        assertThat(withToken.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        assertThat(badPassword.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/login?error"));
    }

    @Test
    void theBackOfficeAndActuatorDetailsAreNotPublic() throws Exception {
        assertThat(get("/actuator/env").statusCode()).isIn(302, 401, 403, 404);
        HttpResponse<String> admin = get("/admin");
        assertThat(admin.statusCode()).isEqualTo(302);
        assertThat(admin.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void pagesSendASecurityPolicy() throws Exception {
        HttpResponse<String> home = get("/");

        assertThat(home.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'"));
        assertThat(home.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(home.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(home.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'self'"));
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest form(String path, String cookie, String body) {
        return HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
