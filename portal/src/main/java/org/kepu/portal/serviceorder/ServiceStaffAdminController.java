package org.kepu.portal.serviceorder;

import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kepu.content.account.Account;
import org.kepu.content.account.Accounts;
import org.kepu.content.reference.Town;
import org.kepu.content.reference.Towns;
import org.kepu.content.serviceorder.ServiceDirectory;
import org.kepu.content.serviceorder.ServiceDirectory.ScopeKind;
import org.kepu.portal.web.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators bind accounts to the towns (实践所), departments and teams they act for. The account
 * itself is made on {@code /admin/users} and needs no role: the scope alone opens the staff pages.
 * A scope is sent as {@code KIND:value} (e.g. {@code TOWN:ejinhoro}, {@code TEAM:7}) from one list.
 */
@Controller
class ServiceStaffAdminController {

    private final ServiceDirectory directory;
    private final Accounts accounts;
    private final Towns towns;
    private final Texts texts;

    ServiceStaffAdminController(ServiceDirectory directory, Accounts accounts, Towns towns, Texts texts) {
        this.directory = directory;
        this.accounts = accounts;
        this.towns = towns;
        this.texts = texts;
    }

    @GetMapping("/admin/service-staff")
    String list(Model model) {
        List<Town> allTowns = towns.findAllByOrderBySortOrder();
        List<ServiceDirectory.Department> departments = directory.departments();
        List<ServiceDirectory.Team> teams = directory.teams();
        // the list prints names; the form sends KIND:value
        Map<String, String> names = new HashMap<>();
        allTowns.forEach(t -> names.put("TOWN:" + t.code(), t.name()));
        departments.forEach(d -> names.put("DEPARTMENT:" + d.id(), d.name()));
        teams.forEach(t -> names.put("TEAM:" + t.id(), t.name()));
        model.addAttribute("grants", directory.grants());
        model.addAttribute("scopeNames", names);
        model.addAttribute("towns", allTowns);
        model.addAttribute("departments", departments);
        model.addAttribute("teams", teams);
        return "serviceorder/staff";
    }

    @PostMapping("/admin/service-staff")
    String grant(
            @RequestParam(defaultValue = "") String username,
            @RequestParam(defaultValue = "") String scope,
            Principal admin,
            RedirectAttributes redirect) {
        Optional<Account> account = accounts.findByUsername(username.strip());
        Optional<Scope> chosen = Scope.parse(scope);
        if (account.isEmpty()) {
            redirect.addFlashAttribute("problem", texts.of("services.staff.no-account", username.strip()));
        } else if (chosen.isEmpty()) {
            redirect.addFlashAttribute("problem", texts.of("services.staff.no-scope"));
        } else {
            // an unknown town, department or team is refused by the directory (400)
            directory.grant(
                    account.get().getId(), chosen.get().kind(), chosen.get().value(), admin.getName());
            redirect.addFlashAttribute("notice", texts.of("services.staff.granted"));
        }
        return "redirect:/admin/service-staff";
    }

    @PostMapping("/admin/service-staff/revoke")
    String revoke(
            @RequestParam long account,
            @RequestParam(defaultValue = "") String scope,
            Principal admin,
            RedirectAttributes redirect) {
        Scope chosen = Scope.parse(scope).orElseThrow(() -> new IllegalArgumentException("No scope " + scope));
        directory.revoke(account, chosen.kind(), chosen.value(), admin.getName());
        redirect.addFlashAttribute("notice", texts.of("services.staff.revoked"));
        return "redirect:/admin/service-staff";
    }

    /** One scope as the form sends it. */
    record Scope(ScopeKind kind, String value) {

        static Optional<Scope> parse(String text) {
            int colon = text.indexOf(':');
            if (colon < 1 || colon == text.length() - 1) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Scope(ScopeKind.valueOf(text.substring(0, colon)), text.substring(colon + 1)));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }
}
