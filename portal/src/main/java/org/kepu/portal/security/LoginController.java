package org.kepu.portal.security;

import org.kepu.content.serviceorder.Experts;
import org.kepu.portal.web.ServiceScopes;
import org.kepu.portal.web.StaffRoles;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    private final ServiceScopes serviceScopes;
    private final Experts experts;

    LoginController(ServiceScopes serviceScopes, Experts experts) {
        this.serviceScopes = serviceScopes;
        this.experts = experts;
    }

    /** Where a login lands when it was not sent here from another page. */
    static final String LANDING = "/login/landing";

    @GetMapping("/login")
    String login() {
        return "security/login";
    }

    /**
     * Staff (by role or by a science-service scope) start at their workbench, creators at their
     * entries, experts of the 专家库 at their orders, anyone else at the home page.
     */
    @GetMapping(LANDING)
    String landing(Authentication authentication) {
        if (StaffRoles.isStaff(authentication) || serviceScopes.hasScope(authentication)) {
            return "redirect:/workbench";
        }
        if (experts.ofAccount(authentication.getName()).isPresent()) {
            return "redirect:/services/expert";
        }
        if (StaffRoles.has(authentication, "CREATOR")) {
            return "redirect:/creator/entries";
        }
        return "redirect:/";
    }
}
