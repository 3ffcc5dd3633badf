package org.kepu.portal.security;

import org.kepu.content.account.Account;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Signs people in against the accounts in the database. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final LoginNames names;

    AccountUserDetailsService(LoginNames names) {
        this.names = names;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account account = names.resolve(username).orElseThrow(() -> new UsernameNotFoundException(username));
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
}
