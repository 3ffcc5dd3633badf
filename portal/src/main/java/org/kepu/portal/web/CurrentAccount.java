package org.kepu.portal.web;

import java.security.Principal;
import org.kepu.content.account.Account;
import org.kepu.content.account.Accounts;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.stereotype.Component;

/** The account behind a signed-in request, for controllers that act on the caller's own data. */
@Component
public class CurrentAccount {

    private final Accounts accounts;

    CurrentAccount(Accounts accounts) {
        this.accounts = accounts;
    }

    public Account of(Principal principal) {
        if (principal == null) {
            throw new InsufficientAuthenticationException("Not signed in");
        }
        return accounts.findByUsername(principal.getName())
                .orElseThrow(() -> new InsufficientAuthenticationException("Unknown account " + principal.getName()));
    }
}
