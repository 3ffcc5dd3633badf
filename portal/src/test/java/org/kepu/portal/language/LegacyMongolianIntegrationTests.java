package org.kepu.portal.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kepu.content.account.Account;
import org.kepu.content.account.Accounts;
import org.kepu.content.account.Role;
import org.kepu.portal.PageSession;
import org.kepu.portal.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/** Mongolian pasted from a legacy font encoding is refused with a reason in both languages; Unicode is kept. */
class LegacyMongolianIntegrationTests extends PortalIntegrationTest {

    private static final String PASSWORD = "编辑-蒙古文-密码-42";
    // Menksoft-style private-use code points, as a paste from an old document brings them
    private static final String LEGACY = "\uE2D1\uE27F\uE2B8\uE2F6";
    private static final String UNICODE = "ᠮᠣᠩᠭᠣᠯ ᠬᠡᠯᠡ\u180B ᠪᠢᠴᠢᠭ";

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    private String editor;

    @BeforeEach
    void editor() {
        editor = "mn-editor-" + UUID.randomUUID().toString().substring(0, 6);
        accounts.add(Account.create(editor, encoder.encode(PASSWORD), editor, EnumSet.of(Role.EDITOR), Instant.now()));
    }

    @Test
    void theApiRefusesALegacyEncodedFieldAndNamesIt() throws Exception {
        HttpResponse<String> refused = post(article("蒙古文标题 " + LEGACY, "摘要"));

        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode problem = json.readTree(refused.body());
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("title");
        assertThat(problem.path("errors").get(0).path("message").asString())
                .contains("旧编码", "Unicode")
                .contains("ᠮᠣᠩᠭᠣᠯ");
        assertThat(problem.path("detail").asString()).startsWith("title");

        assertThat(post(article(UNICODE, "摘要 " + UNICODE)).statusCode()).isEqualTo(201);
    }

    @Test
    void theEditorFormShowsTheReasonNextToTheFieldAndKeepsWhatWasTyped() {
        PageSession session = PageSession.login(this::uri, editor, PASSWORD);

        HttpResponse<String> form =
                session.post("/editor/articles", "title", "草原 " + LEGACY, "summary", "摘要", "body", "正文 " + UNICODE);

        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("旧编码").contains("正文 " + UNICODE).contains("草原 " + LEGACY);
    }

    private String article(String title, String summary) throws Exception {
        return json.writeValueAsString(java.util.Map.of("title", title, "summary", summary, "body", "<p>正文</p>"));
    }

    private HttpResponse<String> post(String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri("/api/v1/articles"))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(
                                                        (editor + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
