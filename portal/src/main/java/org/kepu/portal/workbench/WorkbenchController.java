package org.kepu.portal.workbench;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.kepu.content.account.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Where staff land after signing in: every place of the back office their roles open, and no other. */
@Controller
class WorkbenchController {

    @GetMapping("/workbench")
    @PreAuthorize("hasAnyRole('EDITOR', 'REVIEWER', 'ADMIN', 'REGISTRAR', 'JUDGE')")
    String workbench(Authentication authentication, Model model) {
        Set<String> roles = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring("ROLE_".length()))
                .collect(Collectors.toSet());
        model.addAttribute("groups", WorkbenchAreas.forRoles(roles));
        model.addAttribute(
                "roleLabels",
                Arrays.stream(Role.values())
                        .filter(r -> roles.contains(r.name()))
                        .map(Role::label)
                        .toList());
        return "workbench/index";
    }

    /** The registrar's desk was once linked here; a bookmark still finds it. */
    @GetMapping("/registrar")
    String registrarDesk() {
        return "redirect:/registrar/registrations";
    }
}
