package org.kepu.portal.indicator;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import org.kepu.content.indicator.Indicators;
import org.kepu.content.registration.RegistrationProgress;
import org.kepu.content.serviceorder.ServiceStatistics;
import org.kepu.content.serviceorder.ServiceYear;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The plan's indicators: a public overview with their status and where each value comes from
 * (computed from completed orders, or typed), this year's activities per town and per audience, and a
 * form for admins to report the typed values.
 */
@Controller
class IndicatorController {

    private final Indicators indicators;
    private final RegistrationProgress registrations;
    private final ServiceStatistics services;
    private final Clock clock;

    IndicatorController(
            Indicators indicators, RegistrationProgress registrations, ServiceStatistics services, Clock clock) {
        this.indicators = indicators;
        this.registrations = registrations;
        this.services = services;
        this.clock = clock;
    }

    @GetMapping("/indicators")
    String overview(Model model) {
        model.addAttribute("progress", indicators.progress());
        model.addAttribute("registrations", registrations.current().orElse(null));
        // the computed activities of this year, per town and per audience, under the table
        ServiceYear year = ServiceYear.current(clock);
        model.addAttribute("serviceYear", year.year());
        model.addAttribute("byTown", services.byTown(year));
        model.addAttribute("byAudience", services.byAudience(year));
        return "indicator/overview";
    }

    @GetMapping("/registrar/indicators")
    @PreAuthorize("hasRole('ADMIN')")
    String form(Model model) {
        if (!model.containsAttribute("report")) {
            model.addAttribute("report", new ReportForm(null, registrations.today(), null, ""));
        }
        // computed indicators take no typed reports: their value comes from completed orders
        model.addAttribute("indicators", indicators.typed());
        return "indicator/report";
    }

    @PostMapping("/registrar/indicators")
    @PreAuthorize("hasRole('ADMIN')")
    String report(
            @Valid @ModelAttribute("report") ReportForm report,
            BindingResult binding,
            Principal principal,
            Model model,
            RedirectAttributes flash) {
        if (binding.hasErrors() || report.date().isAfter(registrations.today())) {
            model.addAttribute("invalid", true);
            return form(model);
        }
        indicators.report(report.indicatorId(), report.date(), report.amount(), report.note(), principal.getName());
        flash.addFlashAttribute("saved", true);
        return "redirect:/indicators";
    }

    record ReportForm(
            @NotNull Long indicatorId,

            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate date,

            @NotNull @PositiveOrZero BigDecimal amount,
            @Size(max = 500) String note) {}
}
