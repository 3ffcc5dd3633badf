package org.kepu.portal.serviceorder;

import jakarta.servlet.http.HttpServletResponse;
import org.kepu.content.serviceorder.ExpertQuery;
import org.kepu.content.serviceorder.Experts;
import org.kepu.content.serviceorder.ServiceStaff;
import org.kepu.portal.web.OnRuleBroken;
import org.kepu.portal.web.ServiceScopes;
import org.kepu.portal.web.Texts;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff who dispatch search the 科普专家库 by specialty, town and language, and attach experts to
 * the orders they hold (from the order's page or from the search, which then names the order).
 * Teams take orders and do not search the pool: 403. Contacts follow {@link Experts}' masking.
 */
@Controller
class ExpertSearchController {

    private static final String ORDER = "/services/orders/{id:[0-9]+}";

    private final Experts experts;
    private final ServiceScopes scopes;
    private final ServiceNames names;
    private final Texts texts;

    ExpertSearchController(Experts experts, ServiceScopes scopes, ServiceNames names, Texts texts) {
        this.experts = experts;
        this.scopes = scopes;
        this.names = names;
        this.texts = texts;
    }

    @GetMapping("/services/experts")
    String search(
            @RequestParam(required = false) Long specialty,
            @RequestParam(required = false) String town,
            @RequestParam(required = false) String language,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "false") boolean available,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) Long attachTo,
            Authentication authentication,
            Model model,
            HttpServletResponse response) {
        ServiceStaff staff = dispatcher(authentication);
        ExpertQuery query = new ExpertQuery(specialty, town, language, q, available, false, page);
        // contacts of the staff's own experts are on the page
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("result", experts.search(query, staff));
        model.addAttribute("query", query);
        model.addAttribute("admin", false);
        if (attachTo != null && experts.mayAttach(attachTo, staff)) {
            model.addAttribute("attachTo", attachTo);
        }
        names.addTo(model);
        return "serviceorder/experts";
    }

    @PostMapping(ORDER + "/experts")
    @OnRuleBroken(redirectTo = "/services/orders/{id}")
    String attach(
            @PathVariable long id,
            @RequestParam(required = false) Long expert,
            Authentication authentication,
            RedirectAttributes redirect) {
        ServiceStaff staff = scopes.of(authentication);
        // another town's order is "not found" (404) whatever was chosen
        boolean allowed = experts.mayAttach(id, staff);
        if (allowed && expert == null) {
            redirect.addFlashAttribute("problem", texts.of("services.experts.choose"));
            return "redirect:/services/orders/" + id;
        }
        // not allowed: the content layer refuses with its reason
        experts.attach(id, expert == null ? 0 : expert, staff);
        redirect.addFlashAttribute("notice", texts.of("services.experts.attached"));
        return "redirect:/services/orders/" + id;
    }

    @PostMapping(ORDER + "/experts/{expert:[0-9]+}/detach")
    @OnRuleBroken(redirectTo = "/services/orders/{id}")
    String detach(
            @PathVariable long id,
            @PathVariable long expert,
            Authentication authentication,
            RedirectAttributes redirect) {
        experts.detach(id, expert, scopes.of(authentication));
        redirect.addFlashAttribute("notice", texts.of("services.experts.detached"));
        return "redirect:/services/orders/" + id;
    }

    private ServiceStaff dispatcher(Authentication authentication) {
        ServiceStaff staff = scopes.of(authentication);
        if (!staff.dispatches()) {
            throw new AccessDeniedException("Not a dispatcher: " + staff.username());
        }
        return staff;
    }
}
