package org.kepu.portal.security;

import java.security.Principal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.kepu.content.account.Accounts;
import org.kepu.content.account.ApiTokenNotFound;
import org.kepu.content.account.ApiTokens;
import org.kepu.content.account.IssuedToken;
import org.kepu.portal.web.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The account's API tokens: issue one (shown once, with its expiry), list them, revoke any. */
@Controller
class AccountTokensController {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final ApiTokens tokens;
    private final Accounts accounts;

    private final Texts texts;

    AccountTokensController(ApiTokens tokens, Accounts accounts, Texts texts) {
        this.texts = texts;
        this.tokens = tokens;
        this.accounts = accounts;
    }

    @GetMapping("/account/tokens")
    String list(Principal principal, Model model) {
        model.addAttribute("tokens", tokens.of(accountId(principal)));
        model.addAttribute("lifetimeDays", tokens.lifetime().toDays());
        model.addAttribute("day", DAY);
        return "security/tokens";
    }

    @PostMapping("/account/tokens")
    String issue(@RequestParam String name, Principal principal, RedirectAttributes redirect) {
        String strip = name == null ? "" : name.strip();
        if (strip.isEmpty() || strip.length() > 100) {
            redirect.addFlashAttribute("problem", texts.of("account.tokens.purpose"));
            return "redirect:/account/tokens";
        }
        IssuedToken issued = tokens.issue(accountId(principal), strip);
        // plain strings: flash attributes live in the database session
        redirect.addFlashAttribute("issuedName", issued.name());
        redirect.addFlashAttribute("issuedToken", issued.token());
        redirect.addFlashAttribute("issuedExpires", DAY.format(issued.expiresAt()));
        return "redirect:/account/tokens";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        try {
            tokens.revoke(accountId(principal), id);
            redirect.addFlashAttribute("notice", texts.of("account.tokens.revoked"));
        } catch (ApiTokenNotFound e) {
            redirect.addFlashAttribute("problem", texts.of("account.tokens.none"));
        }
        return "redirect:/account/tokens";
    }

    private long accountId(Principal principal) {
        return accounts.findByUsername(principal.getName()).orElseThrow().getId();
    }
}
