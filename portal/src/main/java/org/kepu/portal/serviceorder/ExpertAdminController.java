package org.kepu.portal.serviceorder;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kepu.content.serviceorder.ExpertQuery;
import org.kepu.content.serviceorder.Experts;
import org.kepu.content.serviceorder.ServiceStaff;
import org.kepu.portal.web.OnRuleBroken;
import org.kepu.portal.web.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators keep the 科普专家库: the whole pool (retired experts too), a form to add or change
 * an expert with the problems next to their fields (what was typed stays), retire and restore.
 */
@Controller
class ExpertAdminController {

    private static final String EXPERT = "/admin/experts/{id:[0-9]+}";

    private final Experts experts;
    private final ServiceNames names;
    private final Texts texts;

    ExpertAdminController(Experts experts, ServiceNames names, Texts texts) {
        this.experts = experts;
        this.names = names;
        this.texts = texts;
    }

    @GetMapping("/admin/experts")
    String list(
            @RequestParam(required = false) Long specialty,
            @RequestParam(required = false) String town,
            @RequestParam(required = false) String language,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "false") boolean retired,
            @RequestParam(defaultValue = "0") int page,
            Principal admin,
            Model model,
            HttpServletResponse response) {
        ExpertQuery query = new ExpertQuery(specialty, town, language, q, false, retired, page);
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("result", experts.search(query, ServiceStaff.administrator(admin.getName())));
        model.addAttribute("query", query);
        model.addAttribute("admin", true);
        names.addTo(model);
        return "serviceorder/experts";
    }

    @GetMapping("/admin/experts/new")
    String create(Model model) {
        return form(null, ExpertForm.empty(), Map.of(), model);
    }

    @GetMapping(EXPERT)
    String edit(@PathVariable long id, Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("retired", experts.get(id).retired());
        return form(id, ExpertForm.of(experts.get(id)), Map.of(), model);
    }

    @PostMapping("/admin/experts")
    String add(@ModelAttribute ExpertForm form, Principal admin, Model model, RedirectAttributes redirect) {
        Map<String, String> problems = experts.problems(form.details(), null);
        if (!problems.isEmpty()) {
            return form(null, form, problems, model);
        }
        long id = experts.add(form.details(), admin.getName());
        redirect.addFlashAttribute("notice", texts.of("services.experts.saved"));
        return "redirect:/admin/experts/" + id;
    }

    @PostMapping(EXPERT)
    String change(
            @PathVariable long id,
            @ModelAttribute ExpertForm form,
            Principal admin,
            Model model,
            RedirectAttributes redirect) {
        experts.get(id);
        Map<String, String> problems = experts.problems(form.details(), id);
        if (!problems.isEmpty()) {
            model.addAttribute("retired", experts.get(id).retired());
            return form(id, form, problems, model);
        }
        experts.change(id, form.details(), admin.getName());
        redirect.addFlashAttribute("notice", texts.of("services.experts.saved"));
        return "redirect:/admin/experts/" + id;
    }

    @PostMapping(EXPERT + "/retire")
    @OnRuleBroken(redirectTo = "/admin/experts/{id}")
    String retire(@PathVariable long id, Principal admin, RedirectAttributes redirect) {
        experts.retire(id, admin.getName());
        redirect.addFlashAttribute("notice", texts.of("services.experts.retired"));
        return "redirect:/admin/experts/" + id;
    }

    @PostMapping(EXPERT + "/restore")
    @OnRuleBroken(redirectTo = "/admin/experts/{id}")
    String restore(@PathVariable long id, Principal admin, RedirectAttributes redirect) {
        experts.restore(id, admin.getName());
        redirect.addFlashAttribute("notice", texts.of("services.experts.restored"));
        return "redirect:/admin/experts/" + id;
    }

    private String form(Long id, ExpertForm form, Map<String, String> problems, Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        problems.forEach((field, code) -> errors.put(field, texts.of(code)));
        model.addAttribute("expertId", id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        names.addTo(model);
        return "serviceorder/expert-form";
    }
}
