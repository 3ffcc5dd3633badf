package org.kepu.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.EnumSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kepu.content.account.Account;
import org.kepu.content.account.Accounts;
import org.kepu.content.account.Role;
import org.kepu.portal.security.PasswordPolicy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The password items of 等保 level 2: a policy with a Chinese message per rule, temporary passwords
 * from administrators that must be changed before anything else (API included), every account
 * changes its own password, and the self-service reset says when it is unavailable.
 */
class PasswordIntegrationTests extends PortalIntegrationTest {

    static final String PASSWORD = "原来-Pass-2026";
    static final String NEW_PASSWORD = "草原-Spring-2027";
    private static final Pattern TEMPORARY = Pattern.compile("：([A-Za-z0-9]{16})");

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    PasswordPolicy policy;

    @Test
    void thePolicyNamesEachBrokenRuleInChinese() {
        assertThat(policy.problems("wang.editor", "Ab1-x"))
                .anySatisfy(p -> assertThat(p).contains("至少要有 10 个字符"));
        assertThat(policy.problems("wang.editor", "caoyuanfanghuo"))
                .containsExactly("密码要包含大写字母、小写字母、数字、符号中的至少 3 类（现在只有 1 类）");
        assertThat(policy.problems("wang.editor", "Password@123"))
                .anySatisfy(p -> assertThat(p).contains("常见密码"));
        assertThat(policy.problems("wang.editor", "Admin@123456"))
                .anySatisfy(p -> assertThat(p).contains("常见密码"));
        assertThat(policy.problems("wang.editor", "My-Wang.Editor-7"))
                .anySatisfy(p -> assertThat(p).contains("不能包含用户名"));
        assertThat(policy.problems("wang.editor", NEW_PASSWORD)).isEmpty();
        assertThat(policy.problems("wang.editor", policy.temporaryPassword())).isEmpty();
    }

    @Test
    void theOperatorsAdministratorPasswordIsNotTemporary() {
        assertThat(accounts.findByUsername(ADMIN).orElseThrow().isPasswordTemporary())
                .isFalse();
    }

    @Test
    void anAccountTheAdminCreatedMustChangeItsTemporaryPasswordBeforeAnythingElse() throws Exception {
        String username = "new.editor" + System.nanoTime() % 100000;
        PageSession admin = PageSession.login(this::uri, ADMIN, ADMIN_PASSWORD);
        admin.post("/admin/users", "username", username, "displayName", "新编辑", "roles", "EDITOR");
        String temporary = temporaryPassword(admin.get("/admin/users").body());
        assertThat(accounts.findByUsername(username).orElseThrow().isPasswordTemporary())
                .isTrue();

        HttpResponse<String> api = http.send(
                HttpRequest.newBuilder(uri("/api/v1/tokens"))
                        .header("Authorization", AccountAccessIntegrationTests.basic(username, temporary))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(403);
        assertThat(api.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(api.body()).contains("临时密码");

        PageSession session = PageSession.login(this::uri, username, temporary);
        assertRedirect(session.get("/editor/articles"), "/account/password");
        assertRedirect(session.get("/"), "/account/password");
        HttpResponse<String> weak = session.post(
                "/account/password",
                "currentPassword",
                temporary,
                "newPassword",
                "Password@123",
                "newPasswordAgain",
                "Password@123");
        assertThat(weak.statusCode()).isEqualTo(200);
        assertThat(weak.body()).contains("常见密码");
        HttpResponse<String> changed = session.post(
                "/account/password",
                "currentPassword",
                temporary,
                "newPassword",
                NEW_PASSWORD,
                "newPasswordAgain",
                NEW_PASSWORD);
        assertRedirect(changed, "/");

        assertThat(session.get("/editor/articles").statusCode()).isEqualTo(200);
        assertThat(accounts.findByUsername(username).orElseThrow().isPasswordTemporary())
                .isFalse();
    }

    @Test
    void aPasswordTheAdminResetIsTemporary() {
        Account editor = editor();
        PageSession admin = PageSession.login(this::uri, ADMIN, ADMIN_PASSWORD);
        admin.post("/admin/users/" + editor.getId() + "/password");
        String temporary = temporaryPassword(admin.get("/admin/users").body());

        PageSession session = PageSession.login(this::uri, editor.getUsername(), temporary);

        assertRedirect(session.get("/editor/articles"), "/account/password");
        PageSession.firstLogin(this::uri, editor.getUsername(), temporary, NEW_PASSWORD);
    }

    @Test
    void everyAccountChangesItsOwnPasswordAndItsOtherSessionsEnd() {
        Account editor = editor();
        PageSession here = PageSession.login(this::uri, editor.getUsername(), PASSWORD);
        PageSession elsewhere = PageSession.login(this::uri, editor.getUsername(), PASSWORD);
        assertThat(here.get("/account/password").body()).contains("当前密码");

        HttpResponse<String> wrongCurrent = here.post(
                "/account/password",
                "currentPassword",
                "猜的-Guess-1",
                "newPassword",
                NEW_PASSWORD,
                "newPasswordAgain",
                NEW_PASSWORD);
        HttpResponse<String> mismatch = here.post(
                "/account/password",
                "currentPassword",
                PASSWORD,
                "newPassword",
                NEW_PASSWORD,
                "newPasswordAgain",
                NEW_PASSWORD + "x");
        HttpResponse<String> changed = here.post(
                "/account/password",
                "currentPassword",
                PASSWORD,
                "newPassword",
                NEW_PASSWORD,
                "newPasswordAgain",
                NEW_PASSWORD);

        assertThat(wrongCurrent.body()).contains("当前密码不正确");
        assertThat(mismatch.body()).contains("两次输入的新密码不一致");
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(here.get("/editor/articles").statusCode())
                .as("this session continues")
                .isEqualTo(200);
        assertRedirect(elsewhere.get("/editor/articles"), "/login");
        assertThat(encoder.matches(
                        NEW_PASSWORD,
                        accounts.findById(editor.getId()).orElseThrow().getPasswordHash()))
                .isTrue();
    }

    @Test
    void withoutAContactChannelTheSelfServiceResetSaysItIsUnavailable() {
        PageSession visitor = PageSession.anonymous(this::uri);

        HttpResponse<String> forgot = visitor.get("/password/forgot");

        assertThat(forgot.statusCode()).isEqualTo(200);
        assertThat(forgot.body()).contains("暂不能自助找回密码").doesNotContain("发送验证码");
        assertThat(visitor.get("/login").body()).contains("/password/forgot");
    }

    private Account editor() {
        return accounts.add(Account.create(
                "pw-editor-" + System.nanoTime(),
                encoder.encode(PASSWORD),
                "编辑",
                EnumSet.of(Role.EDITOR),
                Instant.now()));
    }

    private static String temporaryPassword(String page) {
        Matcher matcher = TEMPORARY.matcher(page);
        assertThat(matcher.find()).as("the temporary password is shown once").isTrue();
        return matcher.group(1);
    }

    private static void assertRedirect(HttpResponse<String> response, String path) {
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith(path));
    }
}
