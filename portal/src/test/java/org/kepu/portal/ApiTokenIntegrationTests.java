package org.kepu.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kepu.content.account.Account;
import org.kepu.content.account.Accounts;
import org.kepu.content.account.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/** Issue 12, finding 10: API tokens expire, are listed and revoked, and only a password login mints them. */
class ApiTokenIntegrationTests extends PortalIntegrationTest {

    static final String PASSWORD = "令牌-Pass-2026";

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTokenExpiresAfterTheConfiguredLifetimeWhichItsOwnerIsTold() throws Exception {
        String user = editor();
        JsonNode issued = json.readTree(issue(basic(user), "定时导入").body());
        Instant expires = Instant.parse(issued.path("expiresAt").asString());
        assertThat(Duration.between(Instant.now(), expires)).isBetween(Duration.ofDays(89), Duration.ofDays(90));
        String token = issued.path("token").asString();
        assertThat(call("GET", "/api/v1/tokens", "Bearer " + token).statusCode())
                .isEqualTo(200);

        jdbc.sql("update api_token set expires_at = ? where id = ?")
                .params(
                        java.sql.Timestamp.from(Instant.now().minusSeconds(1)),
                        issued.path("id").asLong())
                .update();

        assertThat(call("GET", "/api/v1/tokens", "Bearer " + token).statusCode())
                .isEqualTo(401);
    }

    @Test
    void anOwnerListsAndRevokesTokensButNotSomebodyElses() throws Exception {
        String user = editor();
        String stranger = editor();
        JsonNode first = json.readTree(issue(basic(user), "第一个").body());
        issue(basic(user), "第二个");
        String strangers = json.readTree(issue(basic(stranger), "别人的").body())
                .path("token")
                .asString();

        JsonNode listed =
                json.readTree(call("GET", "/api/v1/tokens", basic(user)).body());
        assertThat(listed).hasSize(2);
        assertThat(listed.get(0).has("token")).as("the secret is never listed").isFalse();
        assertThat(listed.get(0).has("tokenHash")).isFalse();
        assertThat(listed.get(0).path("expiresAt").asString()).isNotBlank();

        HttpResponse<String> notMine =
                call("DELETE", "/api/v1/tokens/" + first.path("id").asLong(), "Bearer " + strangers);
        HttpResponse<String> revoked =
                call("DELETE", "/api/v1/tokens/" + first.path("id").asLong(), basic(user));

        assertThat(notMine.statusCode()).isEqualTo(404);
        assertThat(revoked.statusCode()).isEqualTo(204);
        assertThat(call("GET", "/api/v1/tokens", "Bearer " + first.path("token").asString())
                        .statusCode())
                .isEqualTo(401);
        assertThat(json.readTree(call("GET", "/api/v1/tokens", basic(user)).body()))
                .hasSize(1);
    }

    @Test
    void aBearerTokenCannotMintNewTokens() throws Exception {
        String user = editor();
        String token =
                json.readTree(issue(basic(user), "脚本").body()).path("token").asString();

        HttpResponse<String> minted = issue("Bearer " + token, "续命");

        assertThat(minted.statusCode()).isEqualTo(403);
        assertThat(minted.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(json.readTree(call("GET", "/api/v1/tokens", basic(user)).body()))
                .hasSize(1);
    }

    @Test
    void theAccountPageIssuesListsAndRevokesTokens() {
        String user = editor();
        PageSession page = PageSession.login(this::uri, user, PASSWORD);

        HttpResponse<String> created = page.post("/account/tokens", "name", "资源同步");
        assertThat(created.statusCode()).isEqualTo(302);
        HttpResponse<String> shown = page.get("/account/tokens");
        Matcher token = Pattern.compile("id=\"issued-token\">(kp_[^<]+)<").matcher(shown.body());
        assertThat(token.find()).as("the new token is shown once").isTrue();
        assertThat(shown.body()).contains("资源同步").contains("90 天");
        assertThat(page.get("/account/tokens").body()).as("only once").doesNotContain(token.group(1));

        long id = jdbc.sql("select t.id from api_token t join account a on a.id = t.account_id where a.username = ?")
                .param(user)
                .query(Long.class)
                .single();
        assertThat(page.post("/account/tokens/" + id + "/revoke").statusCode()).isEqualTo(302);
        assertThat(page.get("/account/tokens").body()).doesNotContain("资源同步");
    }

    private String editor() {
        return accounts.add(Account.create(
                        "token-user-" + System.nanoTime(),
                        encoder.encode(PASSWORD),
                        "编辑",
                        EnumSet.of(Role.EDITOR),
                        Instant.now()))
                .getUsername();
    }

    private HttpResponse<String> issue(String authorization, String name) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri("/api/v1/tokens"))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\"}"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", authorization)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> call(String method, String path, String authorization) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .method(method, HttpRequest.BodyPublishers.noBody())
                        .header("Authorization", authorization)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user) {
        return AccountAccessIntegrationTests.basic(user, PASSWORD);
    }
}
