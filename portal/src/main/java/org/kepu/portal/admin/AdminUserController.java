package org.kepu.portal.admin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.kepu.content.account.AccountAdministration;
import org.kepu.content.account.AccountRuleBroken;
import org.kepu.content.account.Role;
import org.kepu.content.audit.AuditLog;
import org.kepu.content.audit.AuditResult;
import org.kepu.portal.security.PasswordPolicy;
import org.kepu.portal.web.Texts;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators manage accounts and their roles. */
@Controller
class AdminUserController {

    private final AccountAdministration administration;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final PasswordPolicy policy;
    private final Texts texts;

    AdminUserController(
            AccountAdministration administration,
            PasswordEncoder encoder,
            AuditLog audit,
            PasswordPolicy policy,
            Texts texts) {
        this.texts = texts;
        this.administration = administration;
        this.encoder = encoder;
        this.audit = audit;
        this.policy = policy;
    }

    @GetMapping("/admin/users")
    String list(Model model) {
        model.addAttribute("form", new NewAccountForm("", "", List.of()));
        return show(model);
    }

    @PostMapping("/admin/users")
    String create(
            @Valid @ModelAttribute("form") NewAccountForm form,
            BindingResult errors,
            Principal admin,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            String password = policy.temporaryPassword();
            try {
                administration.create(
                        form.username().strip(),
                        form.displayName().strip(),
                        encoder.encode(password),
                        roles(form.roles()),
                        admin.getName());
                redirect.addFlashAttribute("notice", texts.of("admin.users.created", form.username(), password));
                return "redirect:/admin/users";
            } catch (AccountRuleBroken e) {
                audit.recordSeparately(
                        admin.getName(),
                        "account.created",
                        "account",
                        form.username(),
                        e.getMessage(),
                        AuditResult.REFUSED);
                texts.reject(errors, "username", e);
            }
        }
        return show(model);
    }

    @PostMapping("/admin/users/{id}/roles")
    String roles(
            @PathVariable long id,
            @RequestParam(required = false) List<Role> roles,
            Principal admin,
            RedirectAttributes redirect) {
        return act(
                redirect,
                new Refusal(admin, "account.roles", id),
                () -> administration.changeRoles(id, roles(roles), admin.getName()),
                texts.of("admin.users.roles-changed"));
    }

    @PostMapping("/admin/users/{id}/enabled")
    String enabled(@PathVariable long id, @RequestParam boolean enabled, Principal admin, RedirectAttributes redirect) {
        return act(
                redirect,
                new Refusal(admin, enabled ? "account.enabled" : "account.disabled", id),
                () -> administration.enable(id, enabled, admin.getName()),
                texts.of(enabled ? "admin.users.enabled" : "admin.users.disabled"));
    }

    @PostMapping("/admin/users/{id}/password")
    String resetPassword(@PathVariable long id, Principal admin, RedirectAttributes redirect) {
        String password = policy.temporaryPassword();
        return act(
                redirect,
                new Refusal(admin, "account.password-reset", id),
                () -> administration.resetPassword(id, encoder.encode(password), admin.getName()),
                texts.of("admin.users.password-reset", password));
    }

    private String act(RedirectAttributes redirect, Refusal refusal, Runnable action, String done) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", done);
        } catch (AccountRuleBroken e) {
            // the action's transaction rolled back; the refusal is kept in a transaction of its own
            audit.recordSeparately(
                    refusal.admin().getName(),
                    refusal.action(),
                    "account",
                    refusal.accountId(),
                    e.getMessage(),
                    AuditResult.REFUSED);
            redirect.addFlashAttribute("problem", texts.of(e));
        }
        return "redirect:/admin/users";
    }

    private String show(Model model) {
        model.addAttribute("accounts", administration.all());
        model.addAttribute("allRoles", Role.values());
        return "admin/users";
    }

    private static Set<Role> roles(List<Role> roles) {
        return roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    private record Refusal(Principal admin, String action, long accountId) {}

    record NewAccountForm(
            @NotBlank(message = "{admin.users.username.required}")
            @Size(max = 60)
            @Pattern(regexp = "[A-Za-z0-9._@-]{3,60}", message = "{admin.users.username.pattern}")
            String username,

            @NotBlank(message = "{admin.users.displayName.required}") @Size(max = 100)
            String displayName,

            List<Role> roles) {}
}
