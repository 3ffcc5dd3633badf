package org.kepu.content.account;

import java.util.Optional;
import org.kepu.content.audit.AuditLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an account does about its own access: change its password, sign out everywhere, and what a
 * signed-in session is checked against on every request. Passwords arrive already encoded.
 */
@Service
public class AccountSecurity {

    private final AccountRepository accounts;
    private final ApiTokens tokens;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    AccountSecurity(
            AccountRepository accounts,
            ApiTokens tokens,
            JdbcClient jdbc,
            AuditLog audit,
            ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
    }

    /** What a request of a signed-in account is checked against: one lookup by the unique name. */
    public record AccessState(long securityStamp, boolean enabled, boolean passwordTemporary) {}

    @Transactional(readOnly = true)
    public Optional<AccessState> state(String username) {
        return jdbc.sql("select security_stamp, enabled, password_temporary from account where username = ?")
                .param(username)
                .query((rs, n) -> new AccessState(rs.getLong(1), rs.getBoolean(2), rs.getBoolean(3)))
                .optional();
    }

    /**
     * The account chose a new password (the current one was checked by the caller): it is no longer
     * temporary, every other session ends and every API token is revoked.
     */
    @Transactional
    public Account changeOwnPassword(String username, String newPasswordHash) {
        return newPassword(find(username), newPasswordHash, "account.password-changed");
    }

    /** The account proved it owns its verified contact and chose a new password. */
    @Transactional
    public Account resetThroughContact(long accountId, String newPasswordHash) {
        Account account = accounts.findById(accountId).orElseThrow(() -> new AccountRuleBroken("account.missing"));
        return newPassword(account, newPasswordHash, "account.password-reset-by-contact");
    }

    /** Ends every session of the account, the one asking included. */
    @Transactional
    public void signOutEverywhere(String username) {
        Account account = find(username);
        account.invalidateSessions();
        accounts.save(account);
        audit.record(username, "account.signed-out-everywhere", "account", account.getId(), null);
        events.publishEvent(new AccountAccessChanged(account.getId(), username));
    }

    private Account newPassword(Account account, String newPasswordHash, String action) {
        account.changePassword(newPasswordHash, false);
        Account saved = accounts.save(account);
        int revoked = tokens.revokeAll(saved.getId());
        audit.record(
                saved.getUsername(),
                action,
                "account",
                saved.getId(),
                revoked > 0 ? "revoked tokens: " + revoked : null);
        events.publishEvent(new AccountAccessChanged(saved.getId(), saved.getUsername()));
        return saved;
    }

    private Account find(String username) {
        return accounts.findByUsername(username).orElseThrow(() -> new AccountRuleBroken("account.missing"));
    }
}
