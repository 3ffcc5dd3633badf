package org.kepu.portal.security;

import java.util.Optional;
import org.kepu.content.account.Account;
import org.kepu.content.account.Accounts;
import org.kepu.content.contest.ContestRuleBroken;
import org.kepu.content.contest.Creators;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Signs people in against the accounts in the database. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final Accounts accounts;

    AccountUserDetailsService(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.findByUsername(username)
                .or(() -> asCreatorContact(username).flatMap(accounts::findByUsername))
                .orElseThrow(() -> new UsernameNotFoundException(username));
        return new SignedInAccount(
                account.getUsername(),
                account.getPasswordHash(),
                account.isEnabled(),
                account.getRoles().stream()
                        .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                        .toList(),
                account.getSecurityStamp(),
                account.isPasswordTemporary());
    }

    /** Creators sign in with their phone number or e-mail as they type it: 138 1234 1234. */
    private static Optional<String> asCreatorContact(String typed) {
        try {
            return Optional.of(Creators.normalize(typed));
        } catch (ContestRuleBroken e) {
            return Optional.empty();
        }
    }
}
