package org.kepu.portal.serviceorder;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.List;
import org.kepu.content.serviceorder.ServiceDirectory;
import org.kepu.content.serviceorder.Volunteers;
import org.kepu.portal.web.OnRuleBroken;
import org.kepu.portal.web.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators keep the volunteer teams and their people (retired people keep their hours). */
@Controller
class VolunteerAdminController {

    private static final String TEAM = "/admin/volunteers/teams/{team:[0-9]+}";
    private static final String BACK = "/admin/volunteers?team={team}";

    private final Volunteers volunteers;
    private final ServiceDirectory directory;
    private final ServiceNames names;
    private final Texts texts;

    VolunteerAdminController(Volunteers volunteers, ServiceDirectory directory, ServiceNames names, Texts texts) {
        this.volunteers = volunteers;
        this.directory = directory;
        this.names = names;
        this.texts = texts;
    }

    @GetMapping("/admin/volunteers")
    String list(@RequestParam(required = false) Long team, Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        Long chosen = team != null && directory.team(team).isPresent()
                ? team
                : directory.teams().stream()
                        .findFirst()
                        .map(ServiceDirectory.Team::id)
                        .orElse(null);
        model.addAttribute("team", chosen);
        model.addAttribute("people", chosen == null ? List.of() : volunteers.ofTeam(chosen, true));
        names.addTo(model);
        return "serviceorder/volunteers";
    }

    @PostMapping("/admin/volunteers/teams")
    @OnRuleBroken(redirectTo = "/admin/volunteers")
    String addTeam(
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String town,
            @RequestParam(required = false) Long department,
            Principal admin,
            RedirectAttributes redirect) {
        long id = volunteers.addTeam(name, town, department, admin.getName()).id();
        redirect.addFlashAttribute("notice", texts.of("services.volunteers.team-added"));
        return "redirect:/admin/volunteers?team=" + id;
    }

    @PostMapping(TEAM + "/people")
    @OnRuleBroken(redirectTo = BACK)
    String addPerson(
            @PathVariable long team,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String phone,
            Principal admin,
            RedirectAttributes redirect) {
        volunteers.add(team, name, phone, admin.getName());
        redirect.addFlashAttribute("notice", texts.of("services.volunteers.added"));
        return "redirect:/admin/volunteers?team=" + team;
    }

    @PostMapping(TEAM + "/people/{id:[0-9]+}/retire")
    @OnRuleBroken(redirectTo = BACK)
    String retire(@PathVariable long team, @PathVariable long id, Principal admin, RedirectAttributes redirect) {
        volunteers.retire(id, admin.getName());
        redirect.addFlashAttribute("notice", texts.of("services.volunteers.retired.done"));
        return "redirect:/admin/volunteers?team=" + team;
    }
}
