package org.kepu.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.kepu.content.account.Account;
import org.kepu.content.account.Accounts;
import org.kepu.content.account.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Issue 12, finding 2 and the session items of 等保 level 2: access ends when an administrator
 * disables an account, clears its roles or resets its password; API tokens die with a reset; sessions
 * end after the idle timeout, after the absolute lifetime and on "sign out everywhere".
 */
class AccountAccessIntegrationTests extends PortalIntegrationTest {

    static final String PASSWORD = "审核-Pass-2026";

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aReviewerDisabledByTheAdminIsSentToTheLoginAtTheNextRequest() {
        Account reviewer = reviewer("disabled");
        PageSession signedIn = PageSession.login(this::uri, reviewer.getUsername(), PASSWORD);
        assertThat(signedIn.get("/editor/articles").statusCode()).isEqualTo(200);

        HttpResponse<String> disabled =
                admin().post("/admin/users/" + reviewer.getId() + "/enabled", "enabled", "false");

        assertThat(disabled.statusCode()).isEqualTo(302);
        assertRefused(signedIn);
        assertThat(sessionsOf(reviewer.getUsername()))
                .as("the account's sessions were deleted")
                .isZero();
    }

    @Test
    void aReviewerWhoseRolesTheAdminClearedIsSentToTheLoginAtTheNextRequest() {
        Account reviewer = reviewer("demoted");
        PageSession signedIn = PageSession.login(this::uri, reviewer.getUsername(), PASSWORD);
        assertThat(signedIn.get("/editor/articles").statusCode()).isEqualTo(200);

        admin().post("/admin/users/" + reviewer.getId() + "/roles");

        assertThat(accounts.findById(reviewer.getId()).orElseThrow().getRoles()).isEmpty();
        assertRefused(signedIn);
    }

    @Test
    void aPasswordResetEndsTheSessionsAndRevokesTheTokensIssuedBefore() throws Exception {
        Account reviewer = reviewer("reset");
        PageSession signedIn = PageSession.login(this::uri, reviewer.getUsername(), PASSWORD);
        String token = issueToken(reviewer.getUsername(), PASSWORD);
        assertThat(withToken("/api/v1/tokens", token).statusCode()).isEqualTo(200);

        HttpResponse<String> reset = admin().post("/admin/users/" + reviewer.getId() + "/password");

        assertThat(reset.statusCode()).isEqualTo(302);
        assertRefused(signedIn);
        assertThat(withToken("/api/v1/tokens", token).statusCode()).isEqualTo(401);
    }

    @Test
    void aSessionThatSlippedThroughIsRefusedOnceTheAccountChanged() {
        Account reviewer = reviewer("stale");
        PageSession signedIn = PageSession.login(this::uri, reviewer.getUsername(), PASSWORD);
        assertThat(signedIn.get("/editor/articles").statusCode()).isEqualTo(200);

        // a change whose session clean-up did not reach this session (another node, a race)
        jdbc.sql("update account set security_stamp = security_stamp + 1 where id = ?")
                .param(reviewer.getId())
                .update();

        assertRefused(signedIn);
    }

    @Test
    void aSessionIdleLongerThanTheTimeoutEnds() {
        Account reviewer = reviewer("idle");
        PageSession signedIn = PageSession.login(this::uri, reviewer.getUsername(), PASSWORD);
        assertThat(signedIn.get("/editor/articles").statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select max_inactive_interval from spring_session where principal_name = ?")
                        .param(reviewer.getUsername())
                        .query(Integer.class)
                        .single())
                .as("30 minutes by default")
                .isEqualTo(1800);

        long thirtyOneMinutesAgo = Instant.now().minusSeconds(31 * 60).toEpochMilli();
        jdbc.sql("update spring_session set last_access_time = ?, expiry_time = ? where principal_name = ?")
                .params(thirtyOneMinutesAgo, thirtyOneMinutesAgo + 1800_000L, reviewer.getUsername())
                .update();

        assertRefused(signedIn);
    }

    @Test
    void aBusySessionEndsAfterTheAbsoluteLifetime() {
        Account reviewer = reviewer("lifetime");
        PageSession signedIn = PageSession.login(this::uri, reviewer.getUsername(), PASSWORD);
        assertThat(signedIn.get("/editor/articles").statusCode()).isEqualTo(200);

        // signed in 12 hours and a minute ago, used a moment ago
        jdbc.sql("update spring_session set creation_time = ? where principal_name = ?")
                .params(Instant.now().minusSeconds(12 * 3600 + 60).toEpochMilli(), reviewer.getUsername())
                .update();

        assertRefused(signedIn);
    }

    @Test
    void signingOutEverywhereEndsEverySessionOfTheAccountAfterAConfirmation() {
        Account reviewer = reviewer("everywhere");
        PageSession phone = PageSession.login(this::uri, reviewer.getUsername(), PASSWORD);
        PageSession computer = PageSession.login(this::uri, reviewer.getUsername(), PASSWORD);
        PageSession other = PageSession.login(this::uri, reviewer("bystander").getUsername(), PASSWORD);

        HttpResponse<String> confirmation = computer.get("/account/sessions");
        assertThat(confirmation.statusCode()).isEqualTo(200);
        assertThat(confirmation.body()).contains("确认退出所有设备上的登录");
        HttpResponse<String> ended = computer.post("/account/sessions/end");

        assertThat(ended.statusCode()).isEqualTo(302);
        assertRefused(phone);
        assertRefused(computer);
        assertThat(other.get("/editor/articles").statusCode())
                .as("other accounts keep theirs")
                .isEqualTo(200);
    }

    private void assertRefused(PageSession session) {
        HttpResponse<String> next = session.get("/editor/articles");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    private Account reviewer(String name) {
        return accounts.add(Account.create(
                name + "-" + System.nanoTime(),
                encoder.encode(PASSWORD),
                "审核员",
                EnumSet.of(Role.REVIEWER),
                Instant.now()));
    }

    private long sessionsOf(String username) {
        return jdbc.sql("select count(*) from spring_session where principal_name = ?")
                .param(username)
                .query(Long.class)
                .single();
    }

    private PageSession admin() {
        return PageSession.login(this::uri, ADMIN, ADMIN_PASSWORD);
    }

    private String issueToken(String username, String password) throws Exception {
        HttpResponse<String> issued = http.send(
                HttpRequest.newBuilder(uri("/api/v1/tokens"))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"导入脚本\"}"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", basic(username, password))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(issued.statusCode()).isEqualTo(201);
        return json.readTree(issued.body()).path("token").asString();
    }

    private HttpResponse<String> withToken(String path, String token) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
