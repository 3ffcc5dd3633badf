package org.kepu.portal.security;

import org.kepu.content.contest.ContestRuleBroken;
import org.kepu.content.contest.CreatorPasswordReset;
import org.kepu.content.contest.Creators;
import org.kepu.portal.web.Texts;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A creator resets a forgotten password with a code sent to their verified phone number or e-mail
 * address. Without a delivery channel the pages say so and point to the staff. The answer to a code
 * request is the same whether or not the contact is registered.
 */
@Controller
class PasswordResetController {

    private final CreatorPasswordReset reset;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final Texts texts;

    PasswordResetController(CreatorPasswordReset reset, PasswordPolicy policy, PasswordEncoder encoder, Texts texts) {
        this.texts = texts;
        this.reset = reset;
        this.policy = policy;
        this.encoder = encoder;
    }

    record ResetForm(String contact, String code, String newPassword, String newPasswordAgain) {}

    @GetMapping("/password/forgot")
    String forgot(Model model) {
        model.addAttribute("available", reset.available());
        return "security/forgot";
    }

    @PostMapping("/password/forgot")
    String sendCode(@RequestParam String contact, RedirectAttributes redirect) {
        reset.sendCode(contact);
        redirect.addFlashAttribute("form", new ResetForm(contact, "", "", ""));
        return "redirect:/password/reset";
    }

    @GetMapping("/password/reset")
    String resetForm(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new ResetForm("", "", "", ""));
        }
        model.addAttribute("available", reset.available());
        model.addAttribute("policy", policy);
        return "security/reset";
    }

    @PostMapping("/password/reset")
    String reset(
            @ModelAttribute("form") ResetForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        String password = form.newPassword() == null ? "" : form.newPassword();
        policy.problems(login(form.contact()), password)
                .forEach(problem -> errors.rejectValue("newPassword", "password.policy", problem));
        if (!password.equals(form.newPasswordAgain())) {
            errors.rejectValue("newPasswordAgain", "password.again.mismatch");
        }
        if (!errors.hasErrors()) {
            try {
                reset.reset(form.contact(), form.code(), encoder.encode(password));
                redirect.addFlashAttribute("notice", texts.of("password.reset.done"));
                return "redirect:/login";
            } catch (ContestRuleBroken e) {
                texts.reject(errors, "code", e);
            }
        }
        model.addAttribute("available", reset.available());
        model.addAttribute("policy", policy);
        return "security/reset";
    }

    private static String login(String contact) {
        try {
            return Creators.normalize(contact);
        } catch (ContestRuleBroken e) {
            return contact == null ? "" : contact;
        }
    }
}
