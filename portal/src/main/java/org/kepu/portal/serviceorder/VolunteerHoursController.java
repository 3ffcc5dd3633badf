package org.kepu.portal.serviceorder;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kepu.content.serviceorder.Volunteers;
import org.kepu.portal.web.OnRuleBroken;
import org.kepu.portal.web.ServiceScopes;
import org.kepu.portal.web.Texts;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The team records its people's hours on a completed order (a form of its own after completion, so
 * the completion step is unchanged). The form sends {@code hours-<volunteer id>} per person; empty
 * fields are people who did not come. Anything unreadable is refused as a whole and nothing changes.
 */
@Controller
class VolunteerHoursController {

    private static final String PREFIX = "hours-";

    private final Volunteers volunteers;
    private final ServiceScopes scopes;
    private final Texts texts;

    VolunteerHoursController(Volunteers volunteers, ServiceScopes scopes, Texts texts) {
        this.volunteers = volunteers;
        this.scopes = scopes;
        this.texts = texts;
    }

    @PostMapping("/services/orders/{id:[0-9]+}/hours")
    @OnRuleBroken(redirectTo = "/services/orders/{id}")
    String record(
            @PathVariable long id,
            @RequestParam Map<String, String> fields,
            Authentication authentication,
            RedirectAttributes redirect) {
        var staff = scopes.of(authentication);
        // the order first: another town's order is "not found" whatever was sent
        volunteers.mayRecord(id, staff);
        Map<Long, BigDecimal> hours = new LinkedHashMap<>();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            if (!field.getKey().startsWith(PREFIX) || field.getValue().isBlank()) {
                continue;
            }
            String person = field.getKey().substring(PREFIX.length());
            BigDecimal given = number(field.getValue().strip());
            if (!person.matches("[0-9]{1,18}") || given == null) {
                redirect.addFlashAttribute("problem", texts.of("services.hours.unreadable", field.getValue()));
                return "redirect:/services/orders/" + id;
            }
            hours.put(Long.valueOf(person), given);
        }
        volunteers.record(id, hours, staff);
        redirect.addFlashAttribute("notice", texts.of("services.hours.saved"));
        return "redirect:/services/orders/" + id;
    }

    /** A person of the team not on its list yet, named on the hours form; their hours are entered next. */
    @PostMapping("/services/orders/{id:[0-9]+}/volunteers")
    @OnRuleBroken(redirectTo = "/services/orders/{id}")
    String addPerson(
            @PathVariable long id,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String phone,
            Authentication authentication,
            RedirectAttributes redirect) {
        volunteers.addFor(id, name, phone, scopes.of(authentication));
        redirect.addFlashAttribute("notice", texts.of("services.volunteers.added"));
        return "redirect:/services/orders/" + id;
    }

    private static BigDecimal number(String text) {
        if (!text.matches("[0-9]{1,3}([.][0-9]{1,2})?")) {
            return null;
        }
        return new BigDecimal(text);
    }
}
