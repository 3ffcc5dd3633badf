package org.kepu.portal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import org.kepu.content.account.AccountSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** "Sign out everywhere": a confirmation page, then every session of the account ends, this one too. */
@Controller
class AccountSessionsController {

    private final AccountSecurity security;

    AccountSessionsController(AccountSecurity security) {
        this.security = security;
    }

    @GetMapping("/account/sessions")
    String confirm() {
        return "security/sessions";
    }

    @PostMapping("/account/sessions/end")
    String endAll(Principal principal, HttpServletRequest request) {
        security.signOutEverywhere(principal.getName());
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        return "redirect:/login?logout";
    }
}
