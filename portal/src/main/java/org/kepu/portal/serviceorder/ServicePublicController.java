package org.kepu.portal.serviceorder;

import org.kepu.content.serviceorder.ServiceStatistics;
import org.kepu.portal.web.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public face of science services on order, no login: this month's services by town, the most
 * ordered topics, how long a service takes to come and how residents rated it; the order form's
 * address and its QR code, and a poster of both for the 新时代文明实践站 walls.
 */
@Controller
class ServicePublicController {

    /** The resident's order form (built with the order API, one page of its own). */
    static final String ORDER_FORM = "/services/order";

    private final ServiceStatistics statistics;
    private final Texts texts;

    ServicePublicController(ServiceStatistics statistics, Texts texts) {
        this.statistics = statistics;
        this.texts = texts;
    }

    @GetMapping("/services")
    String services(Model model) {
        model.addAttribute("summary", statistics.summary());
        model.addAttribute("orderForm", ORDER_FORM);
        model.addAttribute("pageDescription", texts.of("services.public.lead"));
        return "serviceorder/public";
    }

    @GetMapping("/services/poster")
    String poster(Model model) {
        model.addAttribute("orderForm", ORDER_FORM);
        model.addAttribute("pageDescription", texts.of("services.poster.lead"));
        return "serviceorder/poster";
    }
}
