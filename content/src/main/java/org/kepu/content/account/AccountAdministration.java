package org.kepu.content.account;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.kepu.content.audit.AuditLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do with accounts: create them, change roles, reset passwords, disable. Every
 * change is in the audit log. Passwords arrive already encoded; this module knows no encoder. The
 * passwords an administrator sets are temporary: the account changes them at its next login.
 * Disabling, changing roles and resetting the password end the account's sessions
 * ({@link AccountAccessChanged}); disabling and resetting also revoke its API tokens.
 */
@Service
public class AccountAdministration {

    private final AccountRepository accounts;
    private final AuditLog audit;
    private final ApiTokens tokens;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountAdministration(
            AccountRepository accounts,
            AuditLog audit,
            ApiTokens tokens,
            ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.tokens = tokens;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Account> all() {
        return accounts.findAllByOrderByUsername();
    }

    @Transactional
    public Account create(String username, String displayName, String passwordHash, Set<Role> roles, String admin) {
        if (accounts.existsByUsername(username)) {
            throw new AccountRuleBroken("account.username-taken", username);
        }
        Account created = Account.create(username, passwordHash, displayName, roles, clock.instant());
        created.markPasswordTemporary();
        Account account = accounts.save(created);
        audit.record(admin, "account.created", "account", account.getId(), username + " " + roles);
        return account;
    }

    @Transactional
    public Account changeRoles(long id, Set<Role> roles, String admin) {
        boolean wasAdmin = isActiveAdmin(id);
        Account account = change(id, a -> {
            a.changeRoles(roles);
            return a;
        });
        guardLastAdmin(wasAdmin);
        audit.record(admin, "account.roles", "account", id, roles.toString());
        events.publishEvent(new AccountAccessChanged(id, account.getUsername()));
        return account;
    }

    @Transactional
    public void resetPassword(long id, String passwordHash, String admin) {
        Account account = change(id, a -> {
            a.changePassword(passwordHash, true);
            return a;
        });
        int revoked = tokens.revokeAll(id);
        audit.record(admin, "account.password-reset", "account", id, revoked > 0 ? "revoked tokens: " + revoked : null);
        events.publishEvent(new AccountAccessChanged(id, account.getUsername()));
    }

    @Transactional
    public Account enable(long id, boolean on, String admin) {
        boolean wasAdmin = isActiveAdmin(id);
        Account account = change(id, a -> {
            a.enable(on);
            return a;
        });
        guardLastAdmin(wasAdmin);
        int revoked = on ? 0 : tokens.revokeAll(id);
        audit.record(
                admin,
                on ? "account.enabled" : "account.disabled",
                "account",
                id,
                revoked > 0 ? "revoked tokens: " + revoked : null);
        events.publishEvent(new AccountAccessChanged(id, account.getUsername()));
        return account;
    }

    /** An administrator cannot lock the last administrator out, themselves included. */
    private void guardLastAdmin(boolean changedWasAdmin) {
        boolean anyAdmin = accounts.findAll().stream().anyMatch(AccountAdministration::isActiveAdmin);
        if (changedWasAdmin && !anyAdmin) {
            throw new AccountRuleBroken("account.last-admin");
        }
    }

    private boolean isActiveAdmin(long id) {
        return accounts.findById(id).map(AccountAdministration::isActiveAdmin).orElse(false);
    }

    private static boolean isActiveAdmin(Account account) {
        return account.isEnabled() && account.getRoles().contains(Role.ADMIN);
    }

    private Account change(long id, UnaryOperator<Account> change) {
        Account account = accounts.findById(id).orElseThrow(() -> new AccountRuleBroken("account.missing"));
        return accounts.save(change.apply(account));
    }
}
