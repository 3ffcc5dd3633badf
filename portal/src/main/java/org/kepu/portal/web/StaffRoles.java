package org.kepu.portal.web;

import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Who counts as staff (works in the back office) rather than a creator or a reader. */
public final class StaffRoles {

    private static final Set<String> STAFF =
            Set.of("ROLE_EDITOR", "ROLE_REVIEWER", "ROLE_ADMIN", "ROLE_REGISTRAR", "ROLE_JUDGE");

    private StaffRoles() {}

    /** Whether the signed-in account holds any staff role. */
    public static boolean isStaff(Authentication authentication) {
        return authentication != null
                && authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(STAFF::contains);
    }

    /** Whether the signed-in account holds the role, named without its {@code ROLE_} prefix. */
    public static boolean has(Authentication authentication, String role) {
        return authentication != null
                && authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(("ROLE_" + role)::equals);
    }
}
