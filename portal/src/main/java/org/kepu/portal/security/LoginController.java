package org.kepu.portal.security;

import org.kepu.portal.web.StaffRoles;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    /** Where a login lands when it was not sent here from another page. */
    static final String LANDING = "/login/landing";

    @GetMapping("/login")
    String login() {
        return "security/login";
    }

    /** Staff start at their workbench, creators at their entries, anyone else at the home page. */
    @GetMapping(LANDING)
    String landing(Authentication authentication) {
        if (StaffRoles.isStaff(authentication)) {
            return "redirect:/workbench";
        }
        if (StaffRoles.has(authentication, "CREATOR")) {
            return "redirect:/creator/entries";
        }
        return "redirect:/";
    }
}
