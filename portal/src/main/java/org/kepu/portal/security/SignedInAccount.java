package org.kepu.portal.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The principal of a password login. It remembers the account's security stamp at sign-in, so a
 * session kept in the database stops working as soon as the account is disabled, its roles or
 * password change, or it signs out everywhere ({@link AccountAccessFilter}).
 */
final class SignedInAccount extends User {

    private static final long serialVersionUID = 1L;

    private final long securityStamp;
    private final boolean passwordTemporary;

    SignedInAccount(
            String username,
            String password,
            boolean enabled,
            Collection<? extends GrantedAuthority> authorities,
            long securityStamp,
            boolean passwordTemporary) {
        super(username, password, enabled, true, true, true, authorities);
        this.securityStamp = securityStamp;
        this.passwordTemporary = passwordTemporary;
    }

    long securityStamp() {
        return securityStamp;
    }

    boolean passwordTemporary() {
        return passwordTemporary;
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
