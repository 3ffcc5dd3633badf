package org.kepu.portal.serviceorder;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kepu.content.column.Columns;
import org.kepu.content.reference.Audiences;
import org.kepu.content.reference.Town;
import org.kepu.content.reference.Towns;
import org.kepu.content.serviceorder.NewServiceOrder;
import org.kepu.content.serviceorder.ServiceDirectory;
import org.kepu.content.serviceorder.ServiceOrderSettings;
import org.kepu.portal.signup.Captchas;
import org.kepu.portal.web.ClientAddresses;
import org.kepu.portal.web.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.ObjectMapper;

/**
 * The resident's order form (群众点单), phone first and without an account; a 村/社区 worker may
 * order for an elder (代为下单). The same checks as the API ({@link ServiceOrderIntake}); a form
 * with mistakes comes back with each problem next to its field and everything typed kept. The
 * town's villages narrow with a script; without one every town's places are listed by town and
 * the server checks that the place lies in the town.
 */
@Controller
class ServiceOrderFormController {

    static final String PATH = "/services/order";

    private static final List<String> POW_STRINGS = List.of(
            "ariaLinkLabel",
            "cancel",
            "error",
            "expired",
            "footer",
            "label",
            "loading",
            "reload",
            "verificationRequired",
            "verified",
            "verify",
            "verifying",
            "waitAlert");

    /** The domain names the place problem "village"; the form shows it next to the place. */
    private static final Map<String, String> FIELDS = Map.of("village", "place");

    private final ServiceOrderIntake intake;
    private final ServiceDirectory directory;
    private final Towns towns;
    private final Audiences audiences;
    private final Columns columns;
    private final Captchas captchas;
    private final Texts texts;
    private final ObjectMapper json;
    private final ServiceOrderSettings settings;

    ServiceOrderFormController(
            ServiceOrderIntake intake,
            ServiceDirectory directory,
            Towns towns,
            Audiences audiences,
            Columns columns,
            Captchas captchas,
            Texts texts,
            ObjectMapper json,
            ServiceOrderSettings settings) {
        this.intake = intake;
        this.directory = directory;
        this.towns = towns;
        this.audiences = audiences;
        this.columns = columns;
        this.captchas = captchas;
        this.texts = texts;
        this.json = json;
        this.settings = settings;
    }

    /** What the form sends, all as typed (numbers too), so that nothing is lost when it comes back. */
    record OrderForm(
            String topic,
            String column,
            String town,
            String place,
            String address,
            String audience,
            String expectedAttendance,
            String preferredDates,
            String contactName,
            String contactPhone,
            Boolean consent,
            Boolean onBehalf,
            String onBehalfUnit,
            String altcha,
            String captchaToken,
            String captcha) {

        OrderForm {
            // an unticked box sends nothing
            consent = Boolean.TRUE.equals(consent);
            onBehalf = Boolean.TRUE.equals(onBehalf);
        }

        static OrderForm empty(String town, String place) {
            return new OrderForm("", "", town, place, "", "", "", "", "", "", false, false, "", "", "", "");
        }

        NewServiceOrder order() {
            Long placeId = number(place);
            return new NewServiceOrder(
                    topic,
                    number(column),
                    town == null || town.isBlank() ? null : town,
                    placeId,
                    placeId == null ? address : null,
                    audience == null || audience.isBlank() ? null : audience,
                    // not a number: the domain's own "between 1 and 10000" says what is wanted
                    number(expectedAttendance) == null
                            ? 0
                            : number(expectedAttendance).intValue(),
                    preferredDates,
                    contactName,
                    contactPhone,
                    consent,
                    onBehalf,
                    onBehalfUnit);
        }

        OrderForm withoutAnswers() {
            return new OrderForm(
                    topic,
                    column,
                    town,
                    place,
                    address,
                    audience,
                    expectedAttendance,
                    preferredDates,
                    contactName,
                    contactPhone,
                    consent,
                    onBehalf,
                    onBehalfUnit,
                    "",
                    "",
                    "");
        }

        private static Long number(String text) {
            String clean = text == null ? "" : text.strip();
            return clean.matches("[0-9]{1,9}") ? Long.valueOf(clean) : null;
        }
    }

    /** {@code town} and {@code place} preselect, for the QR code on a 实践站's poster. */
    @GetMapping(PATH)
    String form(
            @RequestParam(required = false) String town, @RequestParam(required = false) String place, Model model) {
        model.addAttribute("form", OrderForm.empty(town, place));
        return show(model);
    }

    /** A new picture, keeping what was typed (no script needed). */
    @PostMapping(path = PATH, params = "newCaptcha")
    String newCaptcha(@ModelAttribute("form") OrderForm form, Model model) {
        model.addAttribute("form", form.withoutAnswers());
        return show(model);
    }

    @PostMapping(PATH)
    String order(
            @ModelAttribute("form") OrderForm form,
            BindingResult errors,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        ServiceOrderIntake.Outcome outcome = intake.place(
                form.order(),
                new ServiceOrderIntake.HumanCheck(form.altcha(), form.captchaToken(), form.captcha()),
                ClientAddresses.keyOf(request));
        if (outcome instanceof ServiceOrderIntake.Placed taken) {
            redirect.addFlashAttribute("placed", true);
            return "redirect:/services/orders/" + taken.placed().trackingToken();
        }
        if (outcome instanceof ServiceOrderIntake.Invalid invalid) {
            invalid.problems()
                    .forEach((field, problem) -> texts.reject(errors, FIELDS.getOrDefault(field, field), problem));
        } else if (outcome instanceof ServiceOrderIntake.NotVerified) {
            errors.rejectValue("captcha", "services.form.not-verified", texts.of("services.form.not-verified"));
        } else {
            response.setStatus(429);
            errors.reject("services.form.throttled", texts.of("services.form.throttled"));
        }
        // the form stays the bound one: replacing it would drop the errors
        return show(model);
    }

    private String show(Model model) {
        List<Town> allTowns = towns.findAllByOrderBySortOrder();
        Map<Town, List<ServiceDirectory.Place>> places = new LinkedHashMap<>();
        allTowns.forEach(town -> places.put(town, directory.places(town.code())));
        model.addAttribute("towns", allTowns);
        model.addAttribute("places", places);
        model.addAttribute("columns", columns.findAllByOrderBySortOrderAscIdAsc());
        model.addAttribute("audiences", audiences.findAllByOrderBySortOrder());
        model.addAttribute("captchaToken", captchas.issue());
        model.addAttribute("keepDays", settings.keepContactFor().toDays());
        Map<String, String> strings = new LinkedHashMap<>();
        POW_STRINGS.forEach(key -> strings.put(key, texts.of("signup.pow." + key)));
        model.addAttribute("powStrings", json.writeValueAsString(strings));
        return "serviceorder/form";
    }
}
