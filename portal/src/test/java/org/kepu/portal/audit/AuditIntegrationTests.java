package org.kepu.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.kepu.content.account.Account;
import org.kepu.content.account.Accounts;
import org.kepu.content.account.Role;
import org.kepu.content.audit.AuditEvent;
import org.kepu.content.audit.AuditLog;
import org.kepu.content.audit.AuditQuery;
import org.kepu.content.audit.AuditResult;
import org.kepu.portal.PageSession;
import org.kepu.portal.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The audit trail of 等保 2.0 level 2 over HTTP: logins, refusals, the admins' page and its export. */
class AuditIntegrationTests extends PortalIntegrationTest {

    @Autowired
    AuditLog audit;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    Accounts accounts;

    @Test
    void failedAndSuccessfulLoginsAreRecordedWithTheAddressAndTheResult() throws Exception {
        String guessed = "guess-" + System.nanoTime();
        String basicGuess = "basic-" + System.nanoTime();

        HttpResponse<String> wrong =
                PageSession.anonymous(this::uri).post("/login", "username", "  " + guessed + "  ", "password", "x");
        PageSession admin = PageSession.login(this::uri, ADMIN, ADMIN_PASSWORD);
        HttpResponse<String> basic = http.send(
                HttpRequest.newBuilder(uri("/api/v1/tokens"))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"猜测\"}"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", basic(basicGuess, "wrong"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> bearer = http.send(
                HttpRequest.newBuilder(uri("/api/v1/tokens"))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"伪造\"}"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer kp_forged" + System.nanoTime())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> logout = admin.post("/logout");

        assertThat(wrong.headers().firstValue("Location").orElse("")).contains("error");
        assertThat(basic.statusCode()).isEqualTo(401);
        assertThat(bearer.statusCode()).isEqualTo(401);
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(events(guessed, "login")).singleElement().satisfies(event -> {
            assertThat(event.result()).isEqualTo(AuditResult.FAILURE);
            assertThat(event.address()).isEqualTo("127.0.0.1");
            assertThat(event.detail()).isEqualTo("form: BadCredentials");
        });
        assertThat(events(basicGuess, "login")).singleElement().satisfies(event -> {
            assertThat(event.result()).isEqualTo(AuditResult.FAILURE);
            assertThat(event.address()).isEqualTo("127.0.0.1");
            assertThat(event.detail()).startsWith("basic: ");
        });
        assertThat(events("(令牌)", "login"))
                .anySatisfy(event -> assertThat(event.detail()).isEqualTo("bearer: BadCredentials"));
        assertThat(events(ADMIN, "login")).anySatisfy(event -> {
            assertThat(event.result()).isEqualTo(AuditResult.SUCCESS);
            assertThat(event.address()).isEqualTo("127.0.0.1");
            assertThat(event.detail()).isEqualTo("form");
        });
        assertThat(events(ADMIN, "logout")).isNotEmpty();
    }

    @Test
    void refusedActionsAreRecordedThoughTheyChangeNothing() throws Exception {
        String editor = "audit-editor-" + System.nanoTime();
        // an editor whose password is their own (an admin-made one is temporary and refused by the API first)
        accounts.add(Account.create(
                editor, encoder.encode("编辑-Pass-2026"), "审计测试编辑", EnumSet.of(Role.EDITOR), Instant.now()));
        PageSession admin = PageSession.login(this::uri, ADMIN, ADMIN_PASSWORD);

        HttpResponse<String> noSuchAccount = admin.post("/admin/users/987654321/roles", "roles", "EDITOR");
        HttpResponse<String> publish = http.send(
                HttpRequest.newBuilder(uri("/api/v1/articles/1/publish"))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .header("Authorization", basic(editor, "编辑-Pass-2026"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(noSuchAccount.statusCode()).isEqualTo(302);
        assertThat(audit.find(new AuditQuery(ADMIN, "account.roles", "account", "987654321", null, null, null), 0, 5)
                        .events())
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.result()).isEqualTo(AuditResult.REFUSED);
                    assertThat(event.address()).isEqualTo("127.0.0.1");
                });
        assertThat(publish.statusCode()).isEqualTo(403);
        assertThat(events(editor, "access.refused")).singleElement().satisfies(event -> {
            assertThat(event.result()).isEqualTo(AuditResult.REFUSED);
            assertThat(event.detail()).contains("publish");
        });
    }

    @Test
    void adminsFilterAndPageTheAuditLogAndVerifyItsChain() {
        String actor = "page-" + System.nanoTime();
        for (int i = 0; i < 53; i++) {
            audit.recordSeparately(actor, "contest.updated", "contest", i, "第 " + i + " 次修改", AuditResult.SUCCESS);
        }
        audit.recordSeparately(actor, "login", "account", actor, "form: BadCredentials", AuditResult.FAILURE);
        PageSession admin = PageSession.login(this::uri, ADMIN, ADMIN_PASSWORD);

        HttpResponse<String> first = admin.get("/admin/audit?actor=" + actor + "&action=contest.updated");
        HttpResponse<String> second = admin.get("/admin/audit?actor=" + actor + "&action=contest.updated&page=1");
        HttpResponse<String> failures = admin.get("/admin/audit?actor=" + actor + "&result=FAILURE&from=2020-01-01");
        HttpResponse<String> verified = admin.post("/admin/audit/verify");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("共 53 条", "第 1 / 2 页", "修改赛事", "第 52 次修改", "page=1");
        assertThat(first.body()).doesNotContain("第 2 次修改", "form: BadCredentials");
        assertThat(second.body()).contains("第 2 / 2 页", "第 2 次修改", "第 0 次修改").doesNotContain("第 52 次修改");
        assertThat(failures.body()).contains("共 1 条", "登录", "失败", "form: BadCredentials");
        assertThat(verified.statusCode()).isEqualTo(302);
        assertThat(admin.get("/admin/audit?actor=" + actor).body()).contains("审计链完整");
    }

    @Test
    void theExportHoldsTheFilteredEventsAndIsItselfAudited() throws Exception {
        String actor = "export-" + System.nanoTime();
        audit.recordSeparately(actor, "contest.exported", "contest", 1, "科普微视频大赛", AuditResult.SUCCESS);
        PageSession admin = PageSession.login(this::uri, ADMIN, ADMIN_PASSWORD);

        HttpResponse<byte[]> export = admin.getBytes("/admin/audit/export.xlsx?actor=" + actor);

        assertThat(export.statusCode()).isEqualTo(200);
        List<List<String>> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(export.body()))) {
            for (Row row : workbook.getFirstSheet().read()) {
                rows.add(row.stream()
                        .map(cell -> cell == null ? "" : cell.getText())
                        .toList());
            }
        }
        assertThat(rows).hasSize(2);
        // recorded by the test itself, outside any request
        assertThat(rows.get(1)).contains(actor, "导出赛事数据", "contest.exported", "system", "SUCCESS");
        assertThat(events(ADMIN, "audit.exported")).anySatisfy(event -> {
            assertThat(event.detail()).contains("actor=" + actor);
            assertThat(event.address()).isEqualTo("127.0.0.1");
        });
    }

    @Test
    void peopleWithoutTheAdminRoleCannotReadTheAuditLog() {
        HttpResponse<String> anonymous = PageSession.anonymous(this::uri).get("/admin/audit");

        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElse("")).contains("/login");
    }

    private List<AuditEvent> events(String actor, String action) {
        return audit.find(new AuditQuery(actor, action, null, null, null, null, null), 0, 50)
                .events();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
