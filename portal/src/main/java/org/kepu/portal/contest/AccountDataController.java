package org.kepu.portal.contest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import org.kepu.content.account.Account;
import org.kepu.content.contest.ContestRuleBroken;
import org.kepu.content.contest.CreatorData;
import org.kepu.content.contest.Creators;
import org.kepu.portal.web.CurrentAccount;
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

/** A person's own data: see it, download it, and delete the account (个人信息保护法). */
@Controller
class AccountDataController {

    private final Creators creators;
    private final CurrentAccount accounts;

    AccountDataController(Creators creators, CurrentAccount accounts) {
        this.creators = creators;
        this.accounts = accounts;
    }

    @GetMapping("/account/data")
    String page(Principal principal, Model model) {
        Account me = accounts.of(principal);
        model.addAttribute("data", creators.data(me.getId()));
        return "contest/account-data";
    }

    @GetMapping("/account/data.json")
    ResponseEntity<CreatorData> download(Principal principal) {
        Account me = accounts.of(principal);
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
    String delete(
            @RequestParam(defaultValue = "") String confirm,
            Principal principal,
            Authentication authentication,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!"注销".equals(confirm.strip())) {
            redirect.addFlashAttribute("problem", "请在确认框中输入“注销”两个字");
            return "redirect:/account/data";
        }
        try {
            creators.delete(accounts.of(principal).getId());
        } catch (ContestRuleBroken e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/account/data";
        }
        new SecurityContextLogoutHandler().logout(request, response, authentication);
        return "redirect:/?accountDeleted";
    }
}
