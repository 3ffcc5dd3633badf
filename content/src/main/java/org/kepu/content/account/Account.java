package org.kepu.content.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A person who signs in: editor, judge, creator, registrar or admin. */
@Table("account")
public class Account {

    @Id
    private Long id;

    private String username;
    private String passwordHash;
    private String displayName;
    private boolean enabled;
    private Instant createdAt;
    private long securityStamp;
    private boolean passwordTemporary;

    @MappedCollection(idColumn = "account_id")
    private Set<AccountRole> roles = new LinkedHashSet<>();

    Account() {}

    /** A new, enabled account; {@code passwordHash} is already encoded. */
    public static Account create(
            String username, String passwordHash, String displayName, Set<Role> roles, Instant now) {
        Account account = new Account();
        account.username = username;
        account.passwordHash = passwordHash;
        account.displayName = displayName;
        account.enabled = true;
        account.createdAt = now;
        roles.forEach(role -> account.roles.add(new AccountRole(role)));
        return account;
    }

    void changeRoles(Set<Role> newRoles) {
        roles.clear();
        newRoles.forEach(role -> roles.add(new AccountRole(role)));
        invalidateSessions();
    }

    /** A temporary password (set by an administrator) must be changed at the next login. */
    void changePassword(String newHash, boolean temporary) {
        passwordHash = newHash;
        passwordTemporary = temporary;
        invalidateSessions();
    }

    void enable(boolean on) {
        enabled = on;
        invalidateSessions();
    }

    /** The password was handed out (generated, set by an administrator): change it at the next login. */
    public void markPasswordTemporary() {
        passwordTemporary = true;
    }

    /** Every session signed in before this no longer matches the account and is refused. */
    void invalidateSessions() {
        securityStamp++;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** Changes whenever access granted to existing sessions must end; sessions carry the value they saw. */
    public long getSecurityStamp() {
        return securityStamp;
    }

    public boolean isPasswordTemporary() {
        return passwordTemporary;
    }

    public Set<Role> getRoles() {
        Set<Role> result = EnumSet.noneOf(Role.class);
        roles.forEach(role -> result.add(role.role()));
        return result;
    }
}
