package org.kepu.portal.web;

import java.util.Set;
import org.kepu.content.account.Accounts;
import org.kepu.content.serviceorder.ServiceDirectory;
import org.kepu.content.serviceorder.ServiceStaff;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

/**
 * Whom a signed-in account acts for in science services: the towns, departments and teams an
 * administrator bound it to ({@code service_staff}), or everything for administrators. Scope is data,
 * not a role, so the security rule of the staff pages, the workbench and the landing after login all
 * ask here; it is read per request, so a new scope works without signing in again.
 */
@Component
public class ServiceScopes {

    private final Accounts accounts;
    private final ServiceDirectory directory;

    ServiceScopes(Accounts accounts, ServiceDirectory directory) {
        this.accounts = accounts;
        this.directory = directory;
    }

    /** The staff member behind a signed-in request; one of no scope sees no order. */
    public ServiceStaff of(Authentication authentication) {
        String username = authentication.getName();
        boolean admin = StaffRoles.has(authentication, "ADMIN");
        return accounts.findByUsername(username)
                .map(account -> directory.staff(account.getId(), account.getUsername(), admin))
                .orElseGet(() -> new ServiceStaff(username, Set.of(), Set.of(), Set.of(), false));
    }

    /** Whether the account works on orders at all (named in {@code @PreAuthorize} expressions). */
    public boolean hasScope(Authentication authentication) {
        return authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)
                && of(authentication).isStaff();
    }

    /**
     * The rule of the staff pages: signed-in accounts with a scope. Which orders they then see is
     * decided by the content layer (another town's order is "not found").
     */
    public AuthorizationManager<RequestAuthorizationContext> rule() {
        return (authentication, context) -> {
            Authentication who = authentication.get();
            return new AuthorizationDecision(hasScope(who));
        };
    }
}
