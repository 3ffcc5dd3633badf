package org.kepu.portal.serviceorder;

import jakarta.servlet.http.HttpServletResponse;
import org.kepu.content.serviceorder.ServiceOrder;
import org.kepu.content.serviceorder.ServiceOrders;
import org.kepu.portal.share.SiteUrls;
import org.kepu.portal.web.OnRuleBroken;
import org.kepu.portal.web.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The resident's status page, opened by the link they got when ordering: each step in plain words,
 * and the rating once the service was held. Personal: never stored by caches, never indexed.
 */
@Controller
class ServiceOrderPageController {

    // a tracking token is never all digits (ServiceOrders): an all-digit path is a staff page's order number
    private static final String TOKEN = "/services/orders/{token:[A-Za-z0-9_-]*[A-Za-z_-][A-Za-z0-9_-]*}";

    private final ServiceOrders orders;
    private final SiteUrls urls;
    private final Texts texts;

    ServiceOrderPageController(ServiceOrders orders, SiteUrls urls, Texts texts) {
        this.orders = orders;
        this.urls = urls;
        this.texts = texts;
    }

    @GetMapping(TOKEN)
    String status(@PathVariable String token, Model model, HttpServletResponse response) {
        ServiceOrder order = orders.byToken(token);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Robots-Tag", "noindex");
        model.addAttribute("order", order);
        model.addAttribute("token", token);
        model.addAttribute("timeline", orders.timeline(order.getId()));
        model.addAttribute("photos", PhotoLinks.of(orders.photos(order.getId())));
        // shown once after ordering, so the resident can keep the link (a screenshot will do)
        model.addAttribute("trackingUrl", urls.absolute("/services/orders/" + token));
        return "serviceorder/status";
    }

    @PostMapping(TOKEN + "/rating")
    @OnRuleBroken(redirectTo = "/services/orders/{token}")
    String rate(
            @PathVariable String token,
            @RequestParam(defaultValue = "0") int rating,
            @RequestParam(required = false) String comment,
            RedirectAttributes redirect) {
        orders.rate(token, rating, comment);
        redirect.addFlashAttribute("notice", texts.of("services.rated.thanks"));
        return "redirect:/services/orders/" + token;
    }
}
