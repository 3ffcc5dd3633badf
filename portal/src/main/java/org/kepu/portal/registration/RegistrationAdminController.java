package org.kepu.portal.registration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kepu.content.audit.AuditLog;
import org.kepu.content.audit.AuditResult;
import org.kepu.content.reference.Towns;
import org.kepu.content.registration.RegistrarTowns;
import org.kepu.content.registration.RegistrationTargets;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Targets for new periods, allocations per town, and which town each registrar reports for (ADMIN only). */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class RegistrationAdminController {

    static final String ADMIN = RegistrarController.HOME + "/admin";

    private final RegistrationTargets targets;
    private final RegistrarTowns registrarTowns;
    private final Towns towns;
    private final ProblemMessages messages;
    private final AuditLog audit;

    RegistrationAdminController(
            RegistrationTargets targets,
            RegistrarTowns registrarTowns,
            Towns towns,
            ProblemMessages messages,
            AuditLog audit) {
        this.targets = targets;
        this.registrarTowns = registrarTowns;
        this.towns = towns;
        this.messages = messages;
        this.audit = audit;
    }

    @GetMapping(ADMIN)
    String page(Model model) {
        if (!model.containsAttribute("target")) {
            model.addAttribute("target", new TargetForm("", null, null, null));
        }
        model.addAttribute("targets", targets.all());
        model.addAttribute("towns", towns.findAllByOrderBySortOrder());
        model.addAttribute("registrars", registrarTowns.registrars());
        return "registration/admin";
    }

    @PostMapping(ADMIN + "/targets")
    String addTarget(
            @Valid @ModelAttribute("target") TargetForm target,
            BindingResult binding,
            Model model,
            Principal admin,
            RedirectAttributes flash) {
        if (binding.hasErrors() || target.deadline().isBefore(target.periodStart())) {
            model.addAttribute("targetError", messages.text("BAD_TARGET", List.of()));
            return page(model);
        }
        long id = targets.create(target.name().strip(), target.periodStart(), target.deadline(), target.goal());
        audit.recordSeparately(
                admin.getName(),
                "registration.target-created",
                "registration-target",
                id,
                target.name(),
                AuditResult.SUCCESS);
        flash.addFlashAttribute("notice", messages.message("registration.admin.target.added"));
        return "redirect:" + ADMIN;
    }

    @PostMapping(ADMIN + "/targets/{id}/allocations")
    String allocate(
            @PathVariable long id, @RequestParam Map<String, String> form, Principal admin, RedirectAttributes flash) {
        Map<String, Integer> goals = new HashMap<>();
        towns.findAllByOrderBySortOrder().forEach(t -> {
            String value = form.getOrDefault("town-" + t.code(), "").strip();
            if (!value.isEmpty()) {
                goals.put(t.code(), Integer.parseInt(value));
            }
        });
        targets.allocate(id, goals);
        audit.recordSeparately(
                admin.getName(),
                "registration.target-allocated",
                "registration-target",
                id,
                goals.toString(),
                AuditResult.SUCCESS);
        flash.addFlashAttribute("notice", messages.message("registration.admin.allocations.saved"));
        return "redirect:" + ADMIN;
    }

    @PostMapping(ADMIN + "/registrars/{accountId}")
    String bind(
            @PathVariable long accountId,
            @RequestParam(required = false) String townCode,
            Principal admin,
            RedirectAttributes flash) {
        if (townCode != null
                && !townCode.isBlank()
                && towns.findByCode(townCode).isEmpty()) {
            throw new IllegalArgumentException("No town " + townCode);
        }
        registrarTowns.bind(accountId, townCode);
        audit.recordSeparately(
                admin.getName(), "registration.registrar-bound", "account", accountId, townCode, AuditResult.SUCCESS);
        flash.addFlashAttribute("notice", messages.message("registration.admin.bound"));
        return "redirect:" + ADMIN;
    }

    record TargetForm(
            @NotBlank @Size(max = 100) String name,

            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate periodStart,

            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate deadline,

            @NotNull @Positive Integer goal) {}
}
