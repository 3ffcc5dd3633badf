package org.kepu.portal.serviceorder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kepu.content.serviceorder.NewServiceOrder;
import org.kepu.content.serviceorder.ServiceDirectory;
import org.kepu.content.serviceorder.ServiceOrder;
import org.kepu.content.serviceorder.ServiceOrders;
import org.kepu.content.serviceorder.TimelineEntry;
import org.kepu.portal.language.Language;
import org.kepu.portal.share.SiteUrls;
import org.kepu.portal.web.ClientAddresses;
import org.kepu.portal.web.InvalidRequest;
import org.kepu.portal.web.Texts;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Residents' side of science services on order, for the banner's WeChat mini program and other
 * front ends: order without an account (a solved proof-of-work and a per-address limit, like sign-up)
 * and follow the order by its tracking token.
 */
@RestController
class ServiceOrderApiController {

    private final ServiceOrders orders;
    private final ServiceDirectory directory;
    private final ServiceOrderIntake intake;
    private final SiteUrls urls;
    private final Texts texts;

    ServiceOrderApiController(
            ServiceOrders orders, ServiceDirectory directory, ServiceOrderIntake intake, SiteUrls urls, Texts texts) {
        this.orders = orders;
        this.directory = directory;
        this.intake = intake;
        this.urls = urls;
        this.texts = texts;
    }

    record OrderJson(
            String topic,
            String town,
            String village,
            String audience,
            Integer expectedAttendance,
            String preferredDates,
            String contactName,
            String contactPhone,
            Boolean consent,

            @Schema(description = "true when a 村/社区 worker orders for a resident (代为下单)")
            Boolean onBehalf,

            @Schema(description = "the worker's unit or role, required with onBehalf, at most 60 characters")
            String onBehalfUnit,

            String proofOfWork) {}

    record PlacedJson(long id, String trackingToken, String trackingUrl) {}

    record StepJson(String step, String label, String note, Instant at) {}

    record PhotoJson(String url, String large) {}

    record StatusJson(
            long id,
            String topic,
            String status,
            String label,
            String serviceDate,
            List<StepJson> timeline,
            List<PhotoJson> photos) {}

    @GetMapping("/api/v1/service-orders/challenge")
    @Operation(summary = "A proof-of-work challenge (ALTCHA) to solve before ordering")
    @ApiResponse(responseCode = "200", description = "The challenge")
    @ApiResponse(responseCode = "429", description = "Too many challenges for this address; `Retry-After` says when")
    ResponseEntity<?> challenge(HttpServletRequest request) {
        String address = ClientAddresses.keyOf(request);
        return intake.challenge(address)
                .<ResponseEntity<?>>map(challenge ->
                        ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(challenge))
                .orElseGet(() -> tooMany(intake.challengeRetryAfter(address), texts.of("services.api.challenges")));
    }

    @PostMapping("/api/v1/service-orders")
    @Operation(summary = "Order a science service without an account; keep the tracking token to follow it")
    @ApiResponse(responseCode = "201", description = "Taken: its id, tracking token and status page")
    @ApiResponse(responseCode = "400", description = "A field is missing or wrong: `errors` names each")
    @ApiResponse(responseCode = "403", description = "The proof-of-work is missing, wrong or used")
    @ApiResponse(responseCode = "429", description = "Too many orders from this address; `Retry-After` says when")
    ResponseEntity<?> place(@RequestBody OrderJson body, HttpServletRequest request) {
        ServiceOrderIntake.Outcome outcome = intake.place(
                order(body),
                ServiceOrderIntake.HumanCheck.proofOfWork(body.proofOfWork()),
                ClientAddresses.keyOf(request));
        if (outcome instanceof ServiceOrderIntake.Placed taken) {
            ServiceOrders.Placed placed = taken.placed();
            String page = "/services/orders/" + placed.trackingToken();
            return ResponseEntity.created(URI.create("/api/v1/service-orders/" + placed.trackingToken()))
                    .body(new PlacedJson(placed.id(), placed.trackingToken(), urls.absolute(page)));
        }
        if (outcome instanceof ServiceOrderIntake.Invalid invalid) {
            Map<String, String> errors = new LinkedHashMap<>();
            invalid.problems().forEach((field, problem) -> errors.put(field, texts.of(problem)));
            return problem(HttpStatus.BAD_REQUEST, texts.of("services.api.invalid"), errors);
        }
        if (outcome instanceof ServiceOrderIntake.Throttled throttled) {
            return tooMany(throttled.retryAfter(), texts.of("services.api.throttled"));
        }
        return problem(HttpStatus.FORBIDDEN, texts.of("services.api.not-verified"), Map.of());
    }

    @GetMapping("/api/v1/service-orders/{trackingToken}")
    @Operation(summary = "The status timeline the resident sees (no staff names or contacts)")
    @ApiResponse(responseCode = "200", description = "The order's status and steps")
    @ApiResponse(responseCode = "400", description = "A language other than zh or mn")
    @ApiResponse(responseCode = "404", description = "No order with this token")
    ResponseEntity<StatusJson> status(
            @PathVariable String trackingToken,
            @Parameter(description = "The language of the labels and notes: zh (Chinese, the default) or mn")
                    @RequestParam(defaultValue = "zh")
                    String lang) {
        Locale language = Language.ofCode(lang)
                .orElseThrow(() -> new InvalidRequest("api.search.lang"))
                .locale();
        ServiceOrder order = orders.byToken(trackingToken);
        // staff-only steps (reminders, photos added later) carry no note for the resident
        List<StepJson> steps = orders.timeline(order.getId()).stream()
                .filter(entry -> entry.publicNote() != null)
                .map(entry -> step(entry, language))
                .toList();
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(new StatusJson(
                        order.getId(),
                        order.getTopic(),
                        order.getStatus().name(),
                        texts.in(language, order.getStatus()),
                        order.getServiceDate() == null
                                ? null
                                : order.getServiceDate().toString(),
                        steps,
                        orders.photos(order.getId()).stream()
                                .map(PhotoLinks::of)
                                .map(links -> new PhotoJson(urls.absolute(links.small()), urls.absolute(links.large())))
                                .toList()));
    }

    private StepJson step(TimelineEntry entry, Locale language) {
        return new StepJson(
                entry.step().name(),
                texts.in(language, entry.step()),
                texts.in(language, entry.publicNote()),
                entry.at());
    }

    private NewServiceOrder order(OrderJson body) {
        String village = body.village() == null ? "" : body.village().strip();
        Long placeId = body.town() == null
                ? null
                : directory.places(body.town()).stream()
                        .filter(p -> p.name().equals(village))
                        .map(ServiceDirectory.Place::id)
                        .findFirst()
                        .orElse(null);
        return new NewServiceOrder(
                body.topic(),
                null,
                body.town(),
                placeId,
                placeId == null ? village : null,
                body.audience() == null || body.audience().isBlank() ? null : body.audience(),
                body.expectedAttendance() == null ? 0 : body.expectedAttendance(),
                body.preferredDates(),
                body.contactName(),
                body.contactPhone(),
                Boolean.TRUE.equals(body.consent()),
                Boolean.TRUE.equals(body.onBehalf()),
                body.onBehalfUnit());
    }

    private static ResponseEntity<ProblemDetail> tooMany(Duration wait, String detail) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header("Retry-After", Long.toString(Math.max(1, wait.toSeconds())))
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, detail));
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, Map<String, String> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return ResponseEntity.status(status).body(problem);
    }
}
