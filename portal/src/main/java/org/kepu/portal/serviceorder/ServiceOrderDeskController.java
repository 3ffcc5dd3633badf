package org.kepu.portal.serviceorder;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kepu.content.reference.Audience;
import org.kepu.content.reference.Audiences;
import org.kepu.content.reference.Town;
import org.kepu.content.reference.Towns;
import org.kepu.content.serviceorder.OrderPhoto;
import org.kepu.content.serviceorder.OrderView;
import org.kepu.content.serviceorder.ServiceDirectory;
import org.kepu.content.serviceorder.ServiceOrders;
import org.kepu.content.serviceorder.ServiceStaff;
import org.kepu.portal.web.OnRuleBroken;
import org.kepu.portal.web.ServiceScopes;
import org.kepu.portal.web.Texts;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff side of science services on order: the orders a town's 实践所, a department or a team
 * may see, grouped by what they must do next, and one order with its timeline and the steps their
 * scope allows now. Scope and state are decided by {@link ServiceOrders}; another town's order is
 * "not found" (404), like an order that does not exist.
 */
@Controller
class ServiceOrderDeskController {

    private static final String ORDER = "/services/orders/{id:[0-9]+}";
    private static final String BACK = "/services/orders/{id}";

    private final ServiceOrders orders;
    private final ServiceDirectory directory;
    private final ServiceScopes scopes;
    private final Towns towns;
    private final Audiences audiences;
    private final Texts texts;
    private final CompletionPhotos photos;

    ServiceOrderDeskController(
            ServiceOrders orders,
            ServiceDirectory directory,
            ServiceScopes scopes,
            Towns towns,
            Audiences audiences,
            Texts texts,
            CompletionPhotos photos) {
        this.orders = orders;
        this.directory = directory;
        this.scopes = scopes;
        this.towns = towns;
        this.audiences = audiences;
        this.texts = texts;
        this.photos = photos;
    }

    @GetMapping("/services/orders")
    String desk(Authentication authentication, Model model, HttpServletResponse response) {
        ServiceStaff staff = scopes.of(authentication);
        List<OrderView> visible = orders.visibleTo(staff);
        // contacts of the orders this person holds are on the page
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("groups", DeskGroups.of(visible));
        model.addAttribute("total", visible.size());
        model.addAttribute("staff", staff);
        names(model);
        return "serviceorder/desk";
    }

    @GetMapping(ORDER)
    String order(@PathVariable long id, Authentication authentication, Model model, HttpServletResponse response) {
        ServiceStaff staff = scopes.of(authentication);
        OrderView view = orders.view(id, staff);
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("view", view);
        model.addAttribute("order", view.order());
        model.addAttribute("timeline", orders.timeline(id));
        List<OrderPhoto> taken = orders.photos(id);
        model.addAttribute("actions", OrderActions.of(view, staff, taken.size() < orders.maxPhotos()));
        model.addAttribute("photos", PhotoLinks.of(taken));
        model.addAttribute("maxPhotos", orders.maxPhotos());
        model.addAttribute("departments", directory.departments());
        model.addAttribute("teams", directory.teams());
        model.addAttribute("audience", audienceName(view.order().getAudienceCode()));
        model.addAttribute("mergeable", mergeable(view, staff));
        model.addAttribute("today", LocalDate.now(ZoneId.of("Asia/Shanghai")));
        names(model);
        return "serviceorder/order";
    }

    @PostMapping(ORDER + "/dispatch")
    @OnRuleBroken(redirectTo = BACK)
    String dispatch(
            @PathVariable long id,
            @RequestParam(required = false) Long department,
            @RequestParam(required = false) String note,
            Authentication authentication,
            RedirectAttributes redirect) {
        // none chosen: the content layer answers "no such department"
        orders.dispatchToDepartment(id, department == null ? 0 : department, note, scopes.of(authentication));
        return done(id, "dispatched", redirect);
    }

    @PostMapping(ORDER + "/offer")
    @OnRuleBroken(redirectTo = BACK)
    String offer(
            @PathVariable long id,
            @RequestParam(required = false) Long team,
            @RequestParam(required = false) String note,
            Authentication authentication,
            RedirectAttributes redirect) {
        orders.dispatchToTeam(id, team == null ? 0 : team, note, scopes.of(authentication));
        return done(id, "offered", redirect);
    }

    @PostMapping(ORDER + "/merge")
    @OnRuleBroken(redirectTo = BACK)
    String merge(
            @PathVariable long id,
            @RequestParam(required = false) Long into,
            Authentication authentication,
            RedirectAttributes redirect) {
        // none chosen: merging into itself is refused with the rule's own words
        orders.merge(id, into == null ? id : into, scopes.of(authentication));
        return done(id, "merged", redirect);
    }

    @PostMapping(ORDER + "/claim")
    @OnRuleBroken(redirectTo = BACK)
    String claim(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
        orders.claim(id, scopes.of(authentication));
        return done(id, "claimed", redirect);
    }

    @PostMapping(ORDER + "/pass-on")
    @OnRuleBroken(redirectTo = BACK)
    String passOn(
            @PathVariable long id,
            @RequestParam(required = false) Long team,
            @RequestParam(required = false) String note,
            Authentication authentication,
            RedirectAttributes redirect) {
        orders.passOn(id, team == null ? 0 : team, note, scopes.of(authentication));
        return done(id, "passed-on", redirect);
    }

    @PostMapping(ORDER + "/accept")
    @OnRuleBroken(redirectTo = BACK)
    String accept(
            @PathVariable long id,
            @RequestParam(required = false) String people,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            Authentication authentication,
            RedirectAttributes redirect) {
        orders.accept(id, people, date, scopes.of(authentication));
        return done(id, "accepted", redirect);
    }

    @PostMapping(ORDER + "/decline")
    @OnRuleBroken(redirectTo = BACK)
    String decline(
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            Authentication authentication,
            RedirectAttributes redirect) {
        orders.decline(id, reason, scopes.of(authentication));
        return done(id, "declined", redirect);
    }

    @PostMapping(ORDER + "/complete")
    @OnRuleBroken(redirectTo = BACK)
    String complete(
            @PathVariable long id,
            @RequestParam(defaultValue = "0") int attendance,
            @RequestParam(required = false) String report,
            @RequestParam(name = "photos", required = false) List<MultipartFile> files,
            Authentication authentication,
            RedirectAttributes redirect) {
        ServiceStaff staff = scopes.of(authentication);
        photos.storeFor(files, staff.username(), taken -> orders.complete(id, attendance, report, taken, staff));
        return done(id, "completed", redirect);
    }

    @PostMapping(ORDER + "/photos")
    @OnRuleBroken(redirectTo = BACK)
    String addPhotos(
            @PathVariable long id,
            @RequestParam(name = "photos", required = false) List<MultipartFile> files,
            Authentication authentication,
            RedirectAttributes redirect) {
        ServiceStaff staff = scopes.of(authentication);
        photos.storeFor(files, staff.username(), taken -> {
            orders.addPhotos(id, taken, staff);
            return taken;
        });
        return done(id, "photos", redirect);
    }

    @PostMapping(ORDER + "/cancel")
    @OnRuleBroken(redirectTo = BACK)
    String cancel(
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            Authentication authentication,
            RedirectAttributes redirect) {
        orders.cancel(id, reason, scopes.of(authentication));
        return done(id, "cancelled", redirect);
    }

    private String done(long id, String step, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", texts.of("services.done." + step));
        return "redirect:/services/orders/" + id;
    }

    /** Other open orders of the same town this person sees: where a duplicate may go. */
    private List<OrderView> mergeable(OrderView view, ServiceStaff staff) {
        return orders.visibleTo(staff).stream()
                .filter(other -> !other.order().getId().equals(view.order().getId()))
                .filter(other -> other.order().getTownCode().equals(view.order().getTownCode()))
                .filter(other -> !other.order().getStatus().isClosed())
                .toList();
    }

    private String audienceName(String code) {
        return code == null
                ? null
                : audiences.findByCode(code).map(Audience::name).orElse(code);
    }

    /** Names of towns, departments, teams and places, for the pages to print instead of codes. */
    private void names(Model model) {
        List<Town> all = towns.findAllByOrderBySortOrder();
        model.addAttribute("townNames", all.stream().collect(Collectors.toMap(Town::code, Town::name)));
        model.addAttribute(
                "departmentNames",
                directory.departments().stream()
                        .collect(Collectors.toMap(ServiceDirectory.Department::id, ServiceDirectory.Department::name)));
        model.addAttribute(
                "teamNames",
                directory.teams().stream()
                        .collect(Collectors.toMap(ServiceDirectory.Team::id, ServiceDirectory.Team::name)));
        Map<Long, String> places = all.stream()
                .flatMap(town -> directory.places(town.code()).stream())
                .collect(Collectors.toMap(ServiceDirectory.Place::id, ServiceDirectory.Place::name));
        model.addAttribute("placeNames", places);
    }
}
