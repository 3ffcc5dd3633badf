package org.kepu.portal.serviceorder;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.kepu.content.serviceorder.Nomination;
import org.kepu.content.serviceorder.NominationCategory;
import org.kepu.content.serviceorder.ServiceStaff;
import org.kepu.content.serviceorder.ServiceYear;
import org.kepu.content.serviceorder.Standing;
import org.kepu.content.serviceorder.VolunteerPoints;
import org.kepu.portal.web.ServiceScopes;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The year's volunteer ranking (hours and points, no contacts) for everyone who works on orders;
 * administrators nominate from it. A page holds {@link #PAGE_SIZE} people.
 */
@Controller
class RankingController {

    static final int PAGE_SIZE = 100;

    private final VolunteerPoints points;
    private final ServiceScopes scopes;
    private final Clock clock;

    RankingController(VolunteerPoints points, ServiceScopes scopes, Clock clock) {
        this.points = points;
        this.scopes = scopes;
        this.clock = clock;
    }

    @GetMapping("/services/ranking")
    String ranking(
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "0") int page,
            Authentication authentication,
            Model model) {
        ServiceStaff staff = scopes.of(authentication);
        ServiceYear chosen = year == null ? ServiceYear.current(clock) : new ServiceYear(year);
        List<Standing> ranking = points.ranking(chosen);
        int pages = Math.max(1, (ranking.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.max(0, Math.min(page, pages - 1));
        model.addAttribute("year", chosen.year());
        model.addAttribute("thisYear", ServiceYear.current(clock).year());
        model.addAttribute("rule", points.rule());
        model.addAttribute("total", ranking.size());
        model.addAttribute(
                "standings", ranking.subList(shown * PAGE_SIZE, Math.min(ranking.size(), (shown + 1) * PAGE_SIZE)));
        model.addAttribute("page", shown);
        model.addAttribute("pages", pages);
        model.addAttribute("admin", staff.admin());
        if (staff.admin()) {
            Set<String> nominated = points.nominations(chosen).stream()
                    .map(RankingController::key)
                    .collect(Collectors.toSet());
            model.addAttribute("nominated", nominated);
            model.addAttribute("categories", NominationCategory.values());
        }
        return "serviceorder/ranking";
    }

    private static String key(Nomination n) {
        return n.standing().volunteerId() + ":" + n.category();
    }
}
