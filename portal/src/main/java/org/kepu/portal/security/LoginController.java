package org.kepu.portal.security;

import org.kepu.portal.web.ServiceScopes;
import org.kepu.portal.web.StaffRoles;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    private final ServiceScopes serviceScopes;

    LoginController(ServiceScopes serviceScopes) {
        this.serviceScopes = serviceScopes;
    }

    /** Where a login lands when it was not sent here from another page. */
    static final String LANDING = "/login/landing";

    @GetMapping("/login")
    String login() {
        return "security/login";
    }

    /**
     * Staff (by role or by a science-service scope) start at their workbench, creators at their
     * entries, anyone else at the home page.
     */
    @GetMapping(LANDING)
    String landing(Authentication authentication) {
        if (StaffRoles.isStaff(authentication) || serviceScopes.hasScope(authentication)) {
            return "redirect:/workbench";
        }
        if (StaffRoles.has(authentication, "CREATOR")) {
            return "redirect:/creator/entries";
        }
        return "redirect:/";
    }
}
