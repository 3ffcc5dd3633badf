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
    }

    void changePassword(String newHash) {
        passwordHash = newHash;
    }

    void enable(boolean on) {
        enabled = on;
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

    public Set<Role> getRoles() {
        Set<Role> result = EnumSet.noneOf(Role.class);
        roles.forEach(role -> result.add(role.role()));
        return result;
    }
}
