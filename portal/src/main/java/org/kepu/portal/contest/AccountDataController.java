package org.kepu.portal.contest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.Duration;
import java.util.Locale;
import org.kepu.content.account.Account;
import org.kepu.content.audit.AuditLog;
import org.kepu.content.audit.AuditResult;
import org.kepu.content.contest.ContactVerification;
import org.kepu.content.contest.CreatorData;
import org.kepu.content.contest.Creators;
import org.kepu.content.throttle.RateLimit;
import org.kepu.content.throttle.RateLimits;
import org.kepu.portal.web.CurrentAccount;
import org.kepu.portal.web.OnRuleBroken;
import org.kepu.portal.web.Texts;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's own data: see it, verify the contact, download it, and delete the account (个人信息保护法). */
@Controller
class AccountDataController {

    // every code costs an SMS: a few per hour is plenty for a person
    private final RateLimit resends;

    private final Creators creators;
    private final ContactVerification verification;
    private final CurrentAccount accounts;
    private final AuditLog audit;
    private final Texts texts;

    AccountDataController(
            Creators creators,
            ContactVerification verification,
            CurrentAccount accounts,
            RateLimits limits,
            AuditLog audit,
            Texts texts) {
        this.texts = texts;
        this.creators = creators;
        this.verification = verification;
        this.accounts = accounts;
        this.resends = limits.limit("contact-code-resends", 3, Duration.ofHours(1));
        this.audit = audit;
    }

    @GetMapping("/account/data")
    String page(Principal principal, Model model) {
        Account me = accounts.of(principal);
        model.addAttribute("data", creators.data(me.getId()));
        model.addAttribute("canVerify", verification.available());
        return "contest/account-data";
    }

    @PostMapping("/account/verify")
    @OnRuleBroken(redirectTo = "/account/data")
    String verify(@RequestParam(defaultValue = "") String code, Principal principal, RedirectAttributes redirect) {
        verification.verify(accounts.of(principal).getId(), code);
        redirect.addFlashAttribute("notice", texts.of("account.verify.done"));
        return "redirect:/account/data";
    }

    @PostMapping("/account/verify/send")
    String sendCode(Principal principal, RedirectAttributes redirect) {
        long me = accounts.of(principal).getId();
        if (!resends.tryAcquire(String.valueOf(me))) {
            redirect.addFlashAttribute("problem", texts.of("account.verify.throttled"));
        } else if (verification.send(me)) {
            redirect.addFlashAttribute("notice", texts.of("account.verify.sent"));
        } else {
            redirect.addFlashAttribute("problem", texts.of("account.verify.unavailable"));
        }
        return "redirect:/account/data";
    }

    @GetMapping("/account/data.json")
    ResponseEntity<CreatorData> download(Principal principal) {
        Account me = accounts.of(principal);
        audit.recordSeparately(
                me.getUsername(), "account.data-exported", "account", me.getId(), null, AuditResult.SUCCESS);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("my-data.json")
                                .build()
                                .toString())
                .contentType(MediaType.APPLICATION_JSON)
                .body(creators.data(me.getId()));
    }

    @PostMapping("/account/delete")
    @OnRuleBroken(redirectTo = "/account/data")
    String delete(
            @RequestParam(defaultValue = "") String confirm,
            Principal principal,
            Authentication authentication,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        // the word of either language: a page in one may be read by someone who types the other
        String typed = confirm.strip();
        if (!typed.equals(texts.in(Locale.SIMPLIFIED_CHINESE, "account.delete.word"))
                && !typed.equals(texts.in(Locale.forLanguageTag("mn"), "account.delete.word"))) {
            redirect.addFlashAttribute("problem", texts.of("account.delete.mistyped", texts.of("account.delete.word")));
            return "redirect:/account/data";
        }
        creators.delete(accounts.of(principal).getId());
        new SecurityContextLogoutHandler().logout(request, response, authentication);
        return "redirect:/?accountDeleted";
    }
}
