package org.kepu.portal.registration;

import java.security.Principal;
import org.kepu.content.account.Account;
import org.kepu.content.account.Accounts;
import org.kepu.content.account.Role;
import org.kepu.content.registration.RegistrarTowns;
import org.kepu.content.registration.RegistrationActor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Who is reporting: an ADMIN for every town, a REGISTRAR for the town bound to the account. */
@Component
public class RegistrationActors {

    private final Accounts accounts;
    private final RegistrarTowns registrarTowns;

    RegistrationActors(Accounts accounts, RegistrarTowns registrarTowns) {
        this.accounts = accounts;
        this.registrarTowns = registrarTowns;
    }

    public RegistrationActor of(Principal principal) {
        Account account = accounts.findByUsername(principal.getName())
                .orElseThrow(() -> new AccessDeniedException("No account " + principal.getName()));
        if (account.getRoles().contains(Role.ADMIN)) {
            return RegistrationActor.admin(account.getId(), account.getUsername());
        }
        if (!account.getRoles().contains(Role.REGISTRAR)) {
            throw new AccessDeniedException("Not a registrar: " + account.getUsername());
        }
        return RegistrationActor.registrar(
                account.getId(),
                account.getUsername(),
                registrarTowns.townOf(account.getId()).orElse(null));
    }
}
