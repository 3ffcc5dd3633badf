package org.kepu.portal.registration;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kepu.content.audit.AuditLog;
import org.kepu.content.audit.AuditResult;
import org.kepu.content.reference.Town;
import org.kepu.content.reference.Towns;
import org.kepu.content.registration.Problem;
import org.kepu.content.registration.RegistrationActor;
import org.kepu.content.registration.RegistrationEntries;
import org.kepu.content.registration.RegistrationExport;
import org.kepu.content.registration.RegistrationImport;
import org.kepu.content.registration.RegistrationImports;
import org.kepu.content.registration.RegistrationProgress;
import org.kepu.content.registration.RegistrationSettings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The registrar's area: import with preview, confirm, undo, manual entry, export. */
@Controller
class RegistrarController {

    static final String HOME = "/registrar/registrations";

    private final RegistrationImports imports;
    private final RegistrationEntries entries;
    private final RegistrationProgress progress;
    private final RegistrationActors actors;
    private final ProblemMessages messages;
    private final RegistrationSettings settings;
    private final Towns towns;
    private final AuditLog audit;

    RegistrarController(
            RegistrationImports imports,
            RegistrationEntries entries,
            RegistrationProgress progress,
            RegistrationActors actors,
            ProblemMessages messages,
            RegistrationSettings settings,
            Towns towns,
            AuditLog audit) {
        this.imports = imports;
        this.entries = entries;
        this.progress = progress;
        this.actors = actors;
        this.messages = messages;
        this.settings = settings;
        this.towns = towns;
        this.audit = audit;
    }

    @ModelAttribute("townNames")
    Map<String, String> townNames() {
        Map<String, String> names = new LinkedHashMap<>();
        towns.findAllByOrderBySortOrder().forEach(t -> names.put(t.code(), t.name()));
        return names;
    }

    @GetMapping(HOME)
    String home(@RequestParam(name = "too-large", required = false) String tooLarge, Principal principal, Model model) {
        RegistrationActor actor = actors.of(principal);
        if (tooLarge != null) {
            model.addAttribute(
                    "uploadError",
                    messages.text(
                            "FILE_TOO_LARGE",
                            List.of(String.valueOf(settings.maxFileSize().toMegabytes()))));
        }
        if (!model.containsAttribute("manual")) {
            model.addAttribute("manual", ManualForm.empty(actor.townCode(), progress.today()));
        }
        return page(actor, model);
    }

    @PostMapping(HOME + "/imports")
    String upload(@RequestParam("file") MultipartFile file, Principal principal) throws IOException {
        RegistrationImport created =
                imports.upload(file.getInputStream(), file.getOriginalFilename(), actors.of(principal));
        return "redirect:" + HOME + "/imports/" + created.id();
    }

    @GetMapping(HOME + "/imports/{id}")
    String importPage(@PathVariable long id, Principal principal, Model model) {
        RegistrationActor actor = actors.of(principal);
        RegistrationImport found = imports.find(id, actor);
        List<Problem> problems = imports.problems(id, actor);
        model.addAttribute("imp", found);
        model.addAttribute(
                "errors",
                problems.stream()
                        .filter(Problem::isError)
                        .map(messages::withLine)
                        .toList());
        model.addAttribute(
                "warnings",
                problems.stream()
                        .filter(p -> !p.isError())
                        .map(messages::withLine)
                        .toList());
        model.addAttribute("preview", imports.preview(id, actor));
        model.addAttribute("filed", imports.towns(id, actor));
        if (found.failureCode() != null) {
            model.addAttribute("failure", messages.text(found.failureCode(), found.failureArgs()));
        }
        return "registration/import";
    }

    /** Polled by the progress bar. */
    @GetMapping(HOME + "/imports/{id}/progress")
    @ResponseBody
    Map<String, Object> importProgress(@PathVariable long id, Principal principal) {
        RegistrationImport found = imports.find(id, actors.of(principal));
        return Map.of(
                "status", found.status().name(),
                "working", found.status().isWorking(),
                "processed", found.processedRows(),
                "total", found.totalRows(),
                "percent", found.percent());
    }

    @PostMapping(HOME + "/imports/{id}/confirm")
    String confirm(@PathVariable long id, Principal principal, RedirectAttributes flash) {
        imports.confirm(id, actors.of(principal));
        flash.addFlashAttribute("notice", messages.message("registration.import.confirmed"));
        return "redirect:" + HOME + "/imports/" + id;
    }

    @PostMapping(HOME + "/imports/{id}/discard")
    String discard(@PathVariable long id, Principal principal, RedirectAttributes flash) {
        imports.discard(id, actors.of(principal));
        flash.addFlashAttribute("notice", messages.message("registration.import.discarded"));
        return "redirect:" + HOME;
    }

    @PostMapping(HOME + "/imports/{id}/undo")
    String undo(@PathVariable long id, Principal principal, RedirectAttributes flash) {
        int removed = imports.undo(id, actors.of(principal));
        flash.addFlashAttribute("notice", messages.message("registration.import.undone", removed));
        return "redirect:" + HOME + "/imports/" + id;
    }

    @PostMapping(HOME + "/reports")
    String addReport(
            @Valid @ModelAttribute("manual") ManualForm manual,
            BindingResult binding,
            Principal principal,
            Model model,
            RedirectAttributes flash) {
        RegistrationActor actor = actors.of(principal);
        if (binding.hasErrors()) {
            model.addAttribute("manualError", messages.message("registration.manual.invalid"));
            return page(actor, model);
        }
        List<Problem> problems = entries.add(manual.report(), actor);
        if (problems.stream().anyMatch(Problem::isError)) {
            model.addAttribute(
                    "manualProblems", problems.stream().map(messages::text).toList());
            return page(actor, model);
        }
        flash.addFlashAttribute("notice", messages.message("registration.manual.saved"));
        flash.addFlashAttribute(
                "manualProblems", problems.stream().map(messages::text).toList());
        return "redirect:" + HOME;
    }

    @GetMapping(HOME + "/export.xlsx")
    void export(Principal principal, HttpServletResponse response) throws IOException {
        var snapshot = progress.current().orElseThrow(() -> new IllegalArgumentException("No target"));
        String name = messages.message("registration.export.file", snapshot.today()) + ".xlsx";
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"registrations.xlsx\"; filename*=UTF-8''"
                        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        audit.recordSeparately(
                principal.getName(),
                "registration.exported",
                "registration",
                snapshot.today(),
                name,
                AuditResult.SUCCESS);
        RegistrationExport.write(
                snapshot, response.getOutputStream(), key -> messages.message("registration.export." + key));
    }

    private String page(RegistrationActor actor, Model model) {
        model.addAttribute("actor", actor);
        model.addAttribute("imports", imports.latest(actor));
        model.addAttribute("maxMegabytes", settings.maxFileSize().toMegabytes());
        model.addAttribute(
                "reportTowns",
                towns.findAllByOrderBySortOrder().stream()
                        .filter(t -> actor.mayReportFor(t.code()))
                        .map(Town::code)
                        .toList());
        return "registration/registrar";
    }
}
