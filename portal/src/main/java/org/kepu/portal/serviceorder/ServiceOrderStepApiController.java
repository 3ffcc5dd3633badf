package org.kepu.portal.serviceorder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.kepu.content.serviceorder.ServiceOrder;
import org.kepu.content.serviceorder.ServiceOrderRefused;
import org.kepu.content.serviceorder.ServiceOrders;
import org.kepu.content.serviceorder.ServiceStaff;
import org.kepu.portal.web.ServiceScopes;
import org.kepu.portal.web.Texts;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.core.JacksonException;

/**
 * The staff steps of science services on order for other front ends (the banner's mini program):
 * the same domain calls, roles and town scoping as the staff pages. Accounts with no town,
 * department or team get 403; an order outside the caller's scope is 404, like one that does not
 * exist; a missing or wrong value is 400 naming each field; a step the order's state does not allow
 * now is 409.
 */
@RestController
class ServiceOrderStepApiController {

    private static final String ORDER = "/api/v1/service-orders/{id}";

    private final ServiceOrders orders;
    private final ServiceScopes scopes;
    private final CompletionPhotos photos;
    private final Texts texts;

    ServiceOrderStepApiController(ServiceOrders orders, ServiceScopes scopes, CompletionPhotos photos, Texts texts) {
        this.orders = orders;
        this.scopes = scopes;
        this.photos = photos;
        this.texts = texts;
    }

    @Schema(
            description =
                    "Exactly one of `department` (社区派单 to a department) and `team` (straight to a volunteer team)")
    record DispatchJson(
            Long department,
            Long team,
            @Schema(description = "staff-only note") String note) {}

    record PassOnJson(
            Long team,
            @Schema(description = "staff-only note") String note) {}

    record AcceptJson(
            @Schema(description = "the volunteers who serve, at most 300 characters")
            String people,

            @Schema(description = "the service date, ISO `yyyy-MM-dd`, today or later", example = "2027-01-12")
            String date) {}

    record CompleteJson(
            @Schema(description = "people who attended, 1 to 10000")
            Integer attendance,

            @Schema(description = "a short report, at most 2000 characters")
            String report) {}

    record ReasonJson(
            @Schema(description = "why, at most 300 characters; the resident reads it")
            String reason) {}

    @Schema(description = "Where the order stands after the step")
    record StepDoneJson(long id, String status, String label, int photos) {}

    @PostMapping(ORDER + "/dispatch")
    @Operation(summary = "社区派单: the town's 实践所 sends a new order to a department or straight to a team")
    @ApiResponse(responseCode = "200", description = "Dispatched")
    @ApiResponse(
            responseCode = "400",
            description = "Neither or both of `department` and `team`, or no such one: `errors` names the fields")
    @ApiResponse(responseCode = "404", description = "No such order in the caller's scope")
    @ApiResponse(responseCode = "409", description = "The order is not waiting for dispatch, or another holds it")
    ResponseEntity<?> dispatch(
            @PathVariable long id, @RequestBody(required = false) DispatchJson body, Authentication who) {
        ServiceStaff staff = seeing(id, who);
        DispatchJson sent = body == null ? new DispatchJson(null, null, null) : body;
        if ((sent.department() == null) == (sent.team() == null)) {
            String problem = texts.of("services.api.dispatch.one");
            return invalid(Map.of("department", problem, "team", problem));
        }
        return done(() -> sent.department() != null
                ? orders.dispatchToDepartment(id, sent.department(), sent.note(), staff)
                : orders.dispatchToTeam(id, sent.team(), sent.note(), staff));
    }

    @PostMapping(ORDER + "/claim")
    @Operation(summary = "部门领单: the department the order was dispatched to claims it")
    @ApiResponse(responseCode = "200", description = "Claimed")
    @ApiResponse(responseCode = "404", description = "No such order in the caller's scope")
    @ApiResponse(responseCode = "409", description = "The order is not waiting for this department")
    ResponseEntity<?> claim(@PathVariable long id, Authentication who) {
        ServiceStaff staff = seeing(id, who);
        return done(() -> orders.claim(id, staff));
    }

    @PostMapping(ORDER + "/pass-on")
    @Operation(summary = "The department passes a claimed order to a volunteer team")
    @ApiResponse(responseCode = "200", description = "Passed on")
    @ApiResponse(responseCode = "400", description = "No `team`, or no such team: `errors` names the field")
    @ApiResponse(responseCode = "404", description = "No such order in the caller's scope")
    @ApiResponse(responseCode = "409", description = "The order is not claimed by this department")
    ResponseEntity<?> passOn(
            @PathVariable long id, @RequestBody(required = false) PassOnJson body, Authentication who) {
        ServiceStaff staff = seeing(id, who);
        PassOnJson sent = body == null ? new PassOnJson(null, null) : body;
        if (sent.team() == null) {
            return invalid(Map.of("team", texts.of("services.api.required")));
        }
        return done(() -> orders.passOn(id, sent.team(), sent.note(), staff));
    }

    @PostMapping(ORDER + "/accept")
    @Operation(summary = "队伍接单: the team names its people and the service date")
    @ApiResponse(responseCode = "200", description = "Accepted; the resident sees the date")
    @ApiResponse(responseCode = "400", description = "`people` or `date` missing or wrong: `errors` names each")
    @ApiResponse(responseCode = "404", description = "No such order in the caller's scope")
    @ApiResponse(responseCode = "409", description = "The order is not offered to this team")
    ResponseEntity<?> accept(
            @PathVariable long id, @RequestBody(required = false) AcceptJson body, Authentication who) {
        ServiceStaff staff = seeing(id, who);
        AcceptJson sent = body == null ? new AcceptJson(null, null) : body;
        Map<String, String> problems = new LinkedHashMap<>();
        required(problems, "people", sent.people());
        LocalDate date = null;
        if (sent.date() == null || sent.date().isBlank()) {
            problems.put("date", texts.of("services.api.required"));
        } else {
            try {
                date = LocalDate.parse(sent.date().strip());
            } catch (DateTimeParseException e) {
                problems.put("date", texts.of("services.api.date"));
            }
        }
        if (!problems.isEmpty()) {
            return invalid(problems);
        }
        LocalDate on = date;
        return done(() -> orders.accept(id, sent.people(), on, staff));
    }

    @PostMapping(ORDER + "/decline")
    @Operation(summary = "The team cannot take the order: back to the department or town, with a reason")
    @ApiResponse(responseCode = "200", description = "Declined")
    @ApiResponse(responseCode = "400", description = "No `reason`: `errors` names the field")
    @ApiResponse(responseCode = "404", description = "No such order in the caller's scope")
    @ApiResponse(responseCode = "409", description = "The order is not offered to this team")
    ResponseEntity<?> decline(
            @PathVariable long id, @RequestBody(required = false) ReasonJson body, Authentication who) {
        ServiceStaff staff = seeing(id, who);
        String reason = body == null ? null : body.reason();
        Map<String, String> problems = new LinkedHashMap<>();
        required(problems, "reason", reason);
        if (!problems.isEmpty()) {
            return invalid(problems);
        }
        return done(() -> orders.decline(id, reason, staff));
    }

    @PostMapping(ORDER + "/complete")
    @Operation(summary = "The team reports the service held; photos follow with `POST …/photos`")
    @ApiResponse(responseCode = "200", description = "Completed; the resident may rate it")
    @ApiResponse(
            responseCode = "400",
            description = "`attendance` or `report` missing or out of range: `errors` names each")
    @ApiResponse(responseCode = "404", description = "No such order in the caller's scope")
    @ApiResponse(responseCode = "409", description = "The order is not accepted by this team")
    ResponseEntity<?> complete(
            @PathVariable long id, @RequestBody(required = false) CompleteJson body, Authentication who) {
        ServiceStaff staff = seeing(id, who);
        CompleteJson sent = body == null ? new CompleteJson(null, null) : body;
        Map<String, String> problems = new LinkedHashMap<>();
        if (sent.attendance() == null) {
            problems.put("attendance", texts.of("services.api.required"));
        }
        required(problems, "report", sent.report());
        if (!problems.isEmpty()) {
            return invalid(problems);
        }
        return done(() -> orders.complete(id, sent.attendance(), sent.report(), staff));
    }

    @PostMapping(path = ORDER + "/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Photos of a completed service (multipart, one or more parts named `photos`),"
                    + " from the team that held it; JPEG or PNG, at most 10 MB each and 9 per order")
    @ApiResponse(responseCode = "200", description = "Added")
    @ApiResponse(
            responseCode = "400",
            description = "No photo, too many, too large or not an image: `errors.photos` says which")
    @ApiResponse(responseCode = "404", description = "No such order in the caller's scope")
    @ApiResponse(responseCode = "409", description = "The order is not completed by this team")
    @ApiResponse(responseCode = "413", description = "The request is larger than the upload limit")
    ResponseEntity<?> addPhotos(
            @PathVariable long id,
            @RequestPart(name = "photos", required = false) List<MultipartFile> files,
            Authentication who) {
        ServiceStaff staff = seeing(id, who);
        return done(() -> photos.storeFor(files, staff.username(), taken -> {
            orders.addPhotos(id, taken, staff);
            return orders.view(id, staff).order();
        }));
    }

    @PostMapping(ORDER + "/cancel")
    @Operation(summary = "The town (or an administrator) cancels an open order with a reason the resident reads")
    @ApiResponse(responseCode = "200", description = "Cancelled")
    @ApiResponse(responseCode = "400", description = "No `reason`: `errors` names the field")
    @ApiResponse(responseCode = "404", description = "No such order in the caller's scope")
    @ApiResponse(responseCode = "409", description = "The order is closed, or the caller is not its town")
    ResponseEntity<?> cancel(
            @PathVariable long id, @RequestBody(required = false) ReasonJson body, Authentication who) {
        ServiceStaff staff = seeing(id, who);
        String reason = body == null ? null : body.reason();
        Map<String, String> problems = new LinkedHashMap<>();
        required(problems, "reason", reason);
        if (!problems.isEmpty()) {
            return invalid(problems);
        }
        return done(() -> orders.cancel(id, reason, staff));
    }

    /** A value the domain refused names its field (400); a refusal of the order's state is 409. */
    @ExceptionHandler(ServiceOrderRefused.class)
    ResponseEntity<ProblemDetail> refused(ServiceOrderRefused e) {
        if (e.field() != null) {
            return invalid(Map.of(e.field(), texts.of(e)));
        }
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, texts.of(e)));
    }

    /** A body that is no JSON, or a value of the wrong type: the field it was in, when Jackson knows it. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JacksonException jackson
                && !jackson.getPath().isEmpty()
                && jackson.getPath().get(0).getPropertyName() != null) {
            return invalid(Map.of(jackson.getPath().get(0).getPropertyName(), texts.of("services.api.type")));
        }
        return ResponseEntity.badRequest()
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, texts.of("services.api.unreadable")));
    }

    private ResponseEntity<?> done(Supplier<ServiceOrder> step) {
        ServiceOrder order = step.get();
        return ResponseEntity.ok(new StepDoneJson(
                order.getId(),
                order.getStatus().name(),
                texts.of(order.getStatus()),
                orders.photos(order.getId()).size()));
    }

    /** The caller, once the order is known to be in their scope: 404 comes before any complaint about the body. */
    private ServiceStaff seeing(long id, Authentication who) {
        ServiceStaff staff = scopes.of(who);
        orders.view(id, staff);
        return staff;
    }

    private void required(Map<String, String> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.put(field, texts.of("services.api.required"));
        }
    }

    private ResponseEntity<ProblemDetail> invalid(Map<String, String> problems) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, texts.of("services.api.step-invalid"));
        problem.setProperty("errors", new LinkedHashMap<>(problems));
        return ResponseEntity.badRequest().body(problem);
    }
}
