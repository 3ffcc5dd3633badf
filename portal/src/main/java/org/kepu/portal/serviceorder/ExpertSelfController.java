package org.kepu.portal.serviceorder;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import org.kepu.content.serviceorder.Expert;
import org.kepu.content.serviceorder.Experts;
import org.kepu.portal.web.OnRuleBroken;
import org.kepu.portal.web.Texts;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An expert whose account an administrator bound to the pool: the orders they were attached to
 * (what, where, when; never the resident's contact) and their own availability. Other accounts: 403.
 */
@Controller
class ExpertSelfController {

    private final Experts experts;
    private final ServiceNames names;
    private final Texts texts;

    ExpertSelfController(Experts experts, ServiceNames names, Texts texts) {
        this.experts = experts;
        this.names = names;
        this.texts = texts;
    }

    @GetMapping("/services/expert")
    String page(Principal principal, Model model, HttpServletResponse response) {
        Expert expert = expert(principal);
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("expert", expert);
        model.addAttribute("orders", experts.ordersOf(expert.id()));
        names.addTo(model);
        return "serviceorder/expert-self";
    }

    @PostMapping("/services/expert/availability")
    @OnRuleBroken(redirectTo = "/services/expert")
    String availability(
            @RequestParam(defaultValue = "false") boolean available,
            @RequestParam(required = false) String availability,
            Principal principal,
            RedirectAttributes redirect) {
        expert(principal);
        experts.changeAvailability(principal.getName(), available, availability);
        redirect.addFlashAttribute("notice", texts.of("services.expert.self.saved"));
        return "redirect:/services/expert";
    }

    private Expert expert(Principal principal) {
        return experts.ofAccount(principal.getName())
                .orElseThrow(() -> new AccessDeniedException("Not an expert: " + principal.getName()));
    }
}
