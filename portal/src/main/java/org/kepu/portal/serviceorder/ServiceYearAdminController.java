package org.kepu.portal.serviceorder;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import org.kepu.content.serviceorder.NominationCategory;
import org.kepu.content.serviceorder.PointsRule;
import org.kepu.content.serviceorder.ServiceExports;
import org.kepu.content.serviceorder.ServiceYear;
import org.kepu.content.serviceorder.VolunteerPoints;
import org.kepu.portal.web.OnRuleBroken;
import org.kepu.portal.web.Texts;
import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' year of science services: the points rule, the 优秀科普工作者 / 优秀科普信息员
 * nominations picked from the ranking, and the year-end workbooks (orders, hours and points per
 * team and per volunteer; the nominations), each export in the audit log.
 */
@Controller
class ServiceYearAdminController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String NUMBER = "[0-9]{1,4}([.][0-9]{1,2})?";

    private final VolunteerPoints points;
    private final ServiceExports exports;
    private final Texts texts;
    private final Clock clock;

    ServiceYearAdminController(VolunteerPoints points, ServiceExports exports, Texts texts, Clock clock) {
        this.points = points;
        this.exports = exports;
        this.texts = texts;
        this.clock = clock;
    }

    @GetMapping("/admin/services")
    String year(@RequestParam(required = false) Integer year, Model model, HttpServletResponse response) {
        ServiceYear chosen = year(year);
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("year", chosen.year());
        model.addAttribute("rule", points.rule());
        model.addAttribute("nominations", points.nominations(chosen));
        model.addAttribute("teams", points.teams(chosen));
        model.addAttribute("categories", NominationCategory.values());
        return "serviceorder/year";
    }

    @PostMapping("/admin/services/points-rule")
    @OnRuleBroken(redirectTo = "/admin/services")
    String rule(
            @RequestParam(defaultValue = "") String perHour,
            @RequestParam(defaultValue = "") String ratingFactor,
            @RequestParam(defaultValue = "") String remoteFactor,
            Principal admin,
            RedirectAttributes redirect) {
        if (!perHour.strip().matches(NUMBER)
                || !ratingFactor.strip().matches(NUMBER)
                || !remoteFactor.strip().matches(NUMBER)) {
            redirect.addFlashAttribute("problem", texts.of("services.year.rule.unreadable"));
            return "redirect:/admin/services";
        }
        points.changeRule(
                new PointsRule(
                        new BigDecimal(perHour.strip()),
                        new BigDecimal(ratingFactor.strip()),
                        new BigDecimal(remoteFactor.strip())),
                admin.getName());
        redirect.addFlashAttribute("notice", texts.of("services.year.rule.saved"));
        return "redirect:/admin/services";
    }

    @PostMapping("/admin/services/nominations")
    @OnRuleBroken(redirectTo = "/services/ranking")
    String nominate(
            @RequestParam int year,
            @RequestParam long volunteer,
            @RequestParam NominationCategory category,
            Principal admin,
            RedirectAttributes redirect) {
        points.nominate(new ServiceYear(year), volunteer, category, admin.getName());
        redirect.addFlashAttribute("notice", texts.of("services.ranking.nominated"));
        return "redirect:/services/ranking?year=" + year;
    }

    @PostMapping("/admin/services/nominations/withdraw")
    String withdraw(
            @RequestParam int year,
            @RequestParam long volunteer,
            @RequestParam NominationCategory category,
            Principal admin,
            RedirectAttributes redirect) {
        points.withdraw(new ServiceYear(year), volunteer, category, admin.getName());
        redirect.addFlashAttribute("notice", texts.of("services.year.withdrawn"));
        return "redirect:/admin/services?year=" + year;
    }

    @GetMapping("/admin/services/report.xlsx")
    void report(@RequestParam int year, Principal admin, HttpServletResponse response) throws IOException {
        ServiceYear chosen = new ServiceYear(year);
        attachment(response, texts.of("services.export.file.report", String.valueOf(year)));
        exports.writeYear(chosen, key -> texts.of(key), response.getOutputStream(), admin.getName());
    }

    @GetMapping("/admin/services/nominations.xlsx")
    void nominations(@RequestParam int year, Principal admin, HttpServletResponse response) throws IOException {
        ServiceYear chosen = new ServiceYear(year);
        attachment(response, texts.of("services.export.file.nominations", String.valueOf(year)));
        exports.writeNominations(chosen, key -> texts.of(key), response.getOutputStream(), admin.getName());
    }

    private static void attachment(HttpServletResponse response, String name) {
        response.setContentType(XLSX);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader(
                "Content-Disposition",
                ContentDisposition.attachment()
                        .filename(name + ".xlsx", StandardCharsets.UTF_8)
                        .build()
                        .toString());
    }

    private ServiceYear year(Integer year) {
        return year == null ? ServiceYear.current(clock) : new ServiceYear(year);
    }
}
