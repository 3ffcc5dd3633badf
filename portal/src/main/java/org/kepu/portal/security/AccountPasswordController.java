package org.kepu.portal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import org.kepu.content.account.AccountSecurity;
import org.kepu.content.account.Accounts;
import org.kepu.portal.web.Texts;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every account changes its own password: the current one, the new one twice, checked against the
 * policy. A temporary password leads here and nowhere else until it is changed. The change ends the
 * account's other sessions and revokes its API tokens; this session continues with the new stamp.
 */
@Controller
class AccountPasswordController {

    private final Accounts accounts;
    private final AccountSecurity security;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final AccountUserDetailsService users;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final Texts texts;

    AccountPasswordController(
            Accounts accounts,
            AccountSecurity security,
            PasswordPolicy policy,
            PasswordEncoder encoder,
            AccountUserDetailsService users,
            Texts texts) {
        this.texts = texts;
        this.accounts = accounts;
        this.security = security;
        this.policy = policy;
        this.encoder = encoder;
        this.users = users;
    }

    record PasswordForm(String currentPassword, String newPassword, String newPasswordAgain) {}

    @GetMapping(AccountAccessFilter.CHANGE_PAGE)
    String form(Model model, Principal principal) {
        model.addAttribute("form", new PasswordForm("", "", ""));
        return show(model, principal);
    }

    @PostMapping(AccountAccessFilter.CHANGE_PAGE)
    String change(
            @ModelAttribute("form") PasswordForm form,
            BindingResult errors,
            Principal principal,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        String username = principal.getName();
        String hash = accounts.findByUsername(username).orElseThrow().getPasswordHash();
        if (form.currentPassword() == null || !encoder.matches(form.currentPassword(), hash)) {
            errors.rejectValue("currentPassword", "password.current.wrong");
        }
        String password = form.newPassword() == null ? "" : form.newPassword();
        policy.problems(username, password)
                .forEach(problem -> errors.rejectValue("newPassword", "password.policy", problem));
        if (!password.equals(form.newPasswordAgain())) {
            errors.rejectValue("newPasswordAgain", "password.again.mismatch");
        } else if (password.equals(form.currentPassword()) && !errors.hasFieldErrors("newPassword")) {
            errors.rejectValue("newPassword", "password.same");
        }
        if (errors.hasErrors()) {
            return show(model, principal);
        }
        security.changeOwnPassword(username, encoder.encode(password));
        continueWithNewStamp(username, request, response);
        redirect.addFlashAttribute("notice", texts.of("password.changed"));
        return "redirect:" + afterChange(request.getSession());
    }

    private String show(Model model, Principal principal) {
        model.addAttribute(
                "temporary",
                accounts.findByUsername(principal.getName()).orElseThrow().isPasswordTemporary());
        model.addAttribute("policy", policy);
        return "security/password";
    }

    /** This session stays signed in, with a fresh id and the account's new security stamp. */
    private void continueWithNewStamp(String username, HttpServletRequest request, HttpServletResponse response) {
        UserDetails fresh = users.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
        SecurityContextHolder.setContext(context);
        request.changeSessionId();
        contexts.saveContext(context, request, response);
    }

    /** The page a temporary password kept the account from, when it is a path of this site. */
    private static String afterChange(HttpSession session) {
        Object target = session.getAttribute(AccountAccessFilter.AFTER_CHANGE);
        session.removeAttribute(AccountAccessFilter.AFTER_CHANGE);
        if (target instanceof String path && path.startsWith("/") && !path.startsWith("//") && !path.contains("\\")) {
            return path;
        }
        return "/";
    }
}
