package org.kepu.portal.workbench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.kepu.content.account.Role;
import org.kepu.portal.web.ServiceScopes;
import org.kepu.portal.web.Texts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Where staff land after signing in: every place of the back office their roles (and a science-service
 * scope) open, and no other.
 */
@Controller
class WorkbenchController {

    private final ServiceScopes serviceScopes;
    private final Texts texts;

    WorkbenchController(ServiceScopes serviceScopes, Texts texts) {
        this.serviceScopes = serviceScopes;
        this.texts = texts;
    }

    @GetMapping("/workbench")
    @PreAuthorize(
            "hasAnyRole('EDITOR', 'REVIEWER', 'ADMIN', 'REGISTRAR', 'JUDGE') or @serviceScopes.hasScope(authentication)")
    String workbench(Authentication authentication, Model model) {
        Set<String> roles = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring("ROLE_".length()))
                .collect(Collectors.toCollection(HashSet::new));
        List<String> labels = new ArrayList<>(Arrays.stream(Role.values())
                .filter(r -> roles.contains(r.name()))
                .map(texts::of)
                .toList());
        if (serviceScopes.hasScope(authentication)) {
            roles.add(WorkbenchAreas.SERVICE_SCOPE);
            if (serviceScopes.of(authentication).dispatches()) {
                roles.add(WorkbenchAreas.SERVICE_DISPATCH);
            }
            if (!roles.contains(Role.ADMIN.name())) {
                labels.add(texts.of("services.role"));
            }
        }
        model.addAttribute("groups", WorkbenchAreas.forRoles(roles));
        model.addAttribute("roleLabels", labels);
        return "workbench/index";
    }

    /** The registrar's desk was once linked here; a bookmark still finds it. */
    @GetMapping("/registrar")
    String registrarDesk() {
        return "redirect:/registrar/registrations";
    }
}
