package org.kepu.content.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.kepu.content.DomainTexts;
import org.kepu.content.audit.AuditEvent;
import org.kepu.content.audit.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = "kepu.jobs.enabled=false")
class AccountAdministrationTests {

    @Autowired
    AccountAdministration administration;

    @Autowired
    AccountRepository accounts;

    @Autowired
    AuditLog audit;

    @Autowired
    ApiTokens tokens;

    @Test
    void anAdministratorCreatesAnAccountAndChangesItsRolesAndEveryChangeIsLogged() {
        Account editor = administration.create(
                "wang.editor" + System.nanoTime(), "王编辑", "{noop}x", EnumSet.of(Role.EDITOR), "管理员");

        administration.changeRoles(editor.getId(), EnumSet.of(Role.EDITOR, Role.REVIEWER), "管理员");
        administration.resetPassword(editor.getId(), "{noop}y", "管理员");
        administration.enable(editor.getId(), false, "管理员");

        Account changed = accounts.findById(editor.getId()).orElseThrow();
        assertThat(changed.getRoles()).containsExactlyInAnyOrder(Role.EDITOR, Role.REVIEWER);
        assertThat(changed.isPasswordTemporary())
                .as("an administrator's password is temporary")
                .isTrue();
        assertThat(changed.getSecurityStamp())
                .as("each change ends existing sessions")
                .isEqualTo(3);
        assertThat(changed.getPasswordHash()).isEqualTo("{noop}y");
        assertThat(changed.isEnabled()).isFalse();
        assertThat(audit.of("account", editor.getId()))
                .extracting(AuditEvent::action)
                .containsExactly("account.disabled", "account.password-reset", "account.roles", "account.created");
    }

    @Test
    void aPasswordResetAndDisablingRevokeTheAccountsApiTokens() {
        Account editor = administration.create(
                "token.editor" + System.nanoTime(), "令牌编辑", "{noop}x", EnumSet.of(Role.EDITOR), "管理员");
        tokens.issue(editor.getId(), "脚本");
        administration.resetPassword(editor.getId(), "{noop}y", "管理员");
        assertThat(tokens.of(editor.getId())).isEmpty();

        tokens.issue(editor.getId(), "又一个");
        administration.enable(editor.getId(), false, "管理员");
        assertThat(tokens.of(editor.getId())).isEmpty();
    }

    @Test
    void aUsernameIsTakenOnce() {
        String username = "li.creator" + System.nanoTime();
        administration.create(username, "李同学", "{noop}x", EnumSet.of(Role.CREATOR), "管理员");

        assertThatThrownBy(() -> administration.create(username, "另一个", "{noop}x", EnumSet.of(Role.CREATOR), "管理员"))
                .isInstanceOf(AccountRuleBroken.class)
                .satisfies(DomainTexts.saysPart("已被使用"));
    }

    @Test
    void theLastAdministratorCannotBeDisabledOrDemoted() {
        accounts.findAll().stream()
                .filter(a -> a.getRoles().contains(Role.ADMIN))
                .forEach(a -> administration.enable(a.getId(), false, "test"));
        Account admin = administration.create(
                "only.admin" + System.nanoTime(), "唯一管理员", "{noop}x", EnumSet.of(Role.ADMIN), "安装");

        assertThatThrownBy(() -> administration.enable(admin.getId(), false, "only.admin"))
                .isInstanceOf(AccountRuleBroken.class);
        assertThatThrownBy(() -> administration.changeRoles(admin.getId(), EnumSet.of(Role.EDITOR), "only.admin"))
                .isInstanceOf(AccountRuleBroken.class);
    }
}
