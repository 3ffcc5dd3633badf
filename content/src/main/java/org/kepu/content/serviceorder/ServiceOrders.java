package org.kepu.content.serviceorder;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.kepu.content.audit.AuditLog;
import org.kepu.content.column.Columns;
import org.kepu.content.reference.Audiences;
import org.kepu.content.reference.Towns;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of a science-service order: 群众点单 without an account, 社区派单 by the town's 实践所 to a
 * department or straight to a volunteer team, 部门领单 and passing on to a team, 队伍接单 with people
 * and a date, completion with attendance and a report, the resident's rating through their link.
 * Every step is on the order's timeline and, when staff take it, in the audit log. Each step checks
 * the state and that the person acts for the town, department or team holding the order.
 */
@Service
public class ServiceOrders {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}");
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final int MAX_ATTENDANCE = 10_000;
    // a reason goes into the resident's note (at most 500 characters) with a few words around it
    private static final int REASON_MAX = 300;
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final int COMMENT_MAX = 500;
    private static final int TOPIC_MAX = 100;
    private static final int ADDRESS_MAX = 200;
    private static final int DATES_MAX = 200;
    private static final int NAME_MAX = 40;
    private static final int UNIT_MAX = 60;

    /** What the resident keeps: the order's number and the secret of their status link. */
    public record Placed(long id, String trackingToken) {}

    private final ServiceOrderRepository orders;
    private final Timeline timeline;
    private final ServiceDirectory directory;
    private final Towns towns;
    private final Audiences audiences;
    private final Columns columns;
    private final AuditLog audit;
    private final ServiceOrderSettings settings;
    private final OrderPhotos photos;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ServiceOrders(
            ServiceOrderRepository orders,
            Timeline timeline,
            ServiceDirectory directory,
            Towns towns,
            Audiences audiences,
            Columns columns,
            AuditLog audit,
            ServiceOrderSettings settings,
            OrderPhotos photos,
            Clock clock) {
        this.orders = orders;
        this.timeline = timeline;
        this.directory = directory;
        this.towns = towns;
        this.audiences = audiences;
        this.columns = columns;
        this.audit = audit;
        this.settings = settings;
        this.photos = photos;
        this.clock = clock;
    }

    /**
     * Takes a resident's order.
     *
     * @throws ServiceOrderInvalid naming each field that is missing or wrong
     */
    @Transactional
    public Placed place(NewServiceOrder order) {
        NewServiceOrder clean = checked(order);
        Instant now = clock.instant();
        ServiceOrder saved = orders.save(ServiceOrder.placed(clean, token(), now));
        String town = towns.findByCode(clean.townCode()).orElseThrow().name();
        timeline.add(saved.getId(), ServiceStep.ORDERED, null, null, StepNote.of("services.note.ordered", town), now);
        return new Placed(saved.getId(), saved.getTrackingToken());
    }

    /**
     * Checks an order as {@link #place} would, without taking it: a form can be answered field by
     * field before the resident's challenge is spent.
     *
     * @throws ServiceOrderInvalid naming each field that is missing or wrong
     */
    @Transactional(readOnly = true)
    public void check(NewServiceOrder order) {
        checked(order);
    }

    /** The order behind a resident's link. */
    @Transactional(readOnly = true)
    public ServiceOrder byToken(String token) {
        if (token == null || token.length() > 40) {
            throw new ServiceOrderNotFound("by an invalid link");
        }
        return orders.findByTrackingToken(token).orElseThrow(() -> new ServiceOrderNotFound("by link"));
    }

    /** Every step of the order, for staff; residents read only the steps with a {@link TimelineEntry#publicNote()}. */
    @Transactional(readOnly = true)
    public List<TimelineEntry> timeline(long orderId) {
        return timeline.of(orderId);
    }

    /** 社区派单: the town's staff send a new order to a department. */
    @Transactional
    public ServiceOrder dispatchToDepartment(long id, long departmentId, String note, ServiceStaff staff) {
        ServiceOrder order = held(id, staff, ServiceOrderStatus.ORDERED, "services.refused.state.dispatch");
        var department = directory
                .department(departmentId)
                .orElseThrow(() -> ServiceOrderRefused.at("department", "services.refused.department"));
        order.dispatchedTo(departmentId, clock.instant());
        return step(
                order, ServiceStep.DISPATCHED, staff, note, StepNote.of("services.note.dispatched", department.name()));
    }

    /** 社区派单 straight to a volunteer team. */
    @Transactional
    public ServiceOrder dispatchToTeam(long id, long teamId, String note, ServiceStaff staff) {
        ServiceOrder order = held(id, staff, ServiceOrderStatus.ORDERED, "services.refused.state.dispatch");
        return offer(order, teamId, ServiceStep.DISPATCHED, note, staff);
    }

    /** 部门领单. */
    @Transactional
    public ServiceOrder claim(long id, ServiceStaff staff) {
        ServiceOrder order = held(id, staff, ServiceOrderStatus.DISPATCHED, "services.refused.state.claim");
        order.claimed(clock.instant());
        String department =
                directory.department(order.getDepartmentId()).orElseThrow().name();
        return step(
                order, ServiceStep.CLAIMED, staff, (StepNote) null, StepNote.of("services.note.claimed", department));
    }

    /** The department passes a claimed order to a volunteer team. */
    @Transactional
    public ServiceOrder passOn(long id, long teamId, String note, ServiceStaff staff) {
        ServiceOrder order = held(id, staff, ServiceOrderStatus.CLAIMED, "services.refused.state.pass-on");
        return offer(order, teamId, ServiceStep.PASSED_ON, note, staff);
    }

    /** 队伍接单: the team names its people and the date. */
    @Transactional
    public ServiceOrder accept(long id, String people, LocalDate date, ServiceStaff staff) {
        ServiceOrder order = held(id, staff, ServiceOrderStatus.OFFERED, "services.refused.state.accept");
        String names = required(people, 300, "people", "services.refused.people");
        if (date == null || date.isBefore(LocalDate.now(clock.withZone(BEIJING)))) {
            throw ServiceOrderRefused.at("date", "services.refused.date");
        }
        order.accepted(names, date, clock.instant());
        String team = directory.team(order.getTeamId()).orElseThrow().name();
        return step(order, ServiceStep.ACCEPTED, staff, names, StepNote.of("services.note.accepted", team, date));
    }

    /** The team cannot take it: back to the department that claimed it, or to the town. */
    @Transactional
    public ServiceOrder decline(long id, String reason, ServiceStaff staff) {
        ServiceOrder order = held(id, staff, ServiceOrderStatus.OFFERED, "services.refused.state.decline");
        String why = required(reason, REASON_MAX, "reason", "services.refused.decline-reason");
        order.declined(clock.instant());
        return step(order, ServiceStep.DECLINED, staff, why, StepNote.of("services.note.declined", why));
    }

    /** The team reports the service held. */
    @Transactional
    public ServiceOrder complete(long id, int attendance, String report, ServiceStaff staff) {
        return complete(id, attendance, report, List.of(), staff);
    }

    /** The team reports the service held, with photos the portal stored as images. */
    @Transactional
    public ServiceOrder complete(long id, int attendance, String report, List<OrderPhoto> taken, ServiceStaff staff) {
        ServiceOrder order = held(id, staff, ServiceOrderStatus.ACCEPTED, "services.refused.state.complete");
        if (attendance < 1 || attendance > MAX_ATTENDANCE) {
            throw ServiceOrderRefused.at("attendance", "services.refused.attendance", MAX_ATTENDANCE);
        }
        String text = required(report, 2000, "report", "services.refused.report");
        checkPhotoCount(id, taken);
        order.completed(attendance, text, clock.instant());
        ServiceOrder saved =
                step(order, ServiceStep.COMPLETED, staff, text, StepNote.of("services.note.completed", attendance));
        photos.add(id, taken, staff.username(), saved.getUpdatedAt());
        return saved;
    }

    /**
     * More photos of a completed service, from the team that held it (or an administrator): a
     * mini program uploads one photo per request.
     */
    @Transactional
    public void addPhotos(long id, List<OrderPhoto> taken, ServiceStaff staff) {
        ServiceOrder order = find(id, staff);
        if (order.getStatus() != ServiceOrderStatus.COMPLETED || !staff.forTeam(order.getTeamId())) {
            throw new ServiceOrderRefused("services.refused.photos.not-team");
        }
        if (taken.isEmpty()) {
            throw ServiceOrderRefused.at("photos", "services.refused.photos.none");
        }
        checkPhotoCount(id, taken);
        Instant now = clock.instant();
        photos.add(id, taken, staff.username(), now);
        timeline.add(
                id,
                ServiceStep.PHOTOS,
                staff.username(),
                StepNote.of("services.staff-note.photos", taken.size()),
                null,
                now);
        audit.record(staff.username(), "service-order.photos", "service-order", id, "+" + taken.size());
    }

    /** The photos of a held service, in the order they were added; residents see them too. */
    @Transactional(readOnly = true)
    public List<OrderPhoto> photos(long orderId) {
        return photos.of(orderId);
    }

    /** How many photos one order may have in all. */
    public int maxPhotos() {
        return settings.maxPhotos();
    }

    private void checkPhotoCount(long id, List<OrderPhoto> taken) {
        if (photos.count(id) + taken.size() > settings.maxPhotos()) {
            throw ServiceOrderRefused.at("photos", "services.refused.photos.too-many", settings.maxPhotos());
        }
    }

    /** The resident rates a completed service once, through their link. */
    @Transactional
    public ServiceOrder rate(String token, int rating, String comment) {
        ServiceOrder order = byToken(token);
        if (order.getStatus() != ServiceOrderStatus.COMPLETED) {
            throw new ServiceOrderRefused("services.refused.rate.not-completed");
        }
        if (order.getRating() != null) {
            throw new ServiceOrderRefused("services.refused.rate.twice");
        }
        if (rating < 1 || rating > 5) {
            throw new ServiceOrderRefused("services.refused.rate.stars");
        }
        String text = comment == null ? "" : comment.strip();
        if (text.length() > COMMENT_MAX) {
            throw new ServiceOrderRefused("services.refused.rate.comment", COMMENT_MAX);
        }
        Instant now = clock.instant();
        order.rated(rating, text.isEmpty() ? null : text, now);
        ServiceOrder saved = orders.save(order);
        timeline.add(
                saved.getId(),
                ServiceStep.RATED,
                null,
                StepNote.written(text.isEmpty() ? null : text),
                StepNote.of("services.note.rated", rating),
                now);
        return saved;
    }

    /** The town (or an administrator) cancels an open order, with a reason the resident reads. */
    @Transactional
    public ServiceOrder cancel(long id, String reason, ServiceStaff staff) {
        ServiceOrder order = find(id, staff);
        if (!staff.forTown(order.getTownCode())) {
            throw new ServiceOrderRefused("services.refused.cancel.not-town");
        }
        if (order.getStatus().isClosed()) {
            throw new ServiceOrderRefused("services.refused.cancel.closed");
        }
        String why = required(reason, REASON_MAX, "reason", "services.refused.cancel-reason");
        order.cancelled(clock.instant());
        return step(order, ServiceStep.CANCELLED, staff, why, StepNote.of("services.note.cancelled", why));
    }

    /** The town merges a duplicate into another open order of the same town. */
    @Transactional
    public ServiceOrder merge(long id, long intoId, ServiceStaff staff) {
        ServiceOrder order = held(id, staff, ServiceOrderStatus.ORDERED, "services.refused.state.merge");
        ServiceOrder into = find(intoId, staff);
        if (id == intoId
                || !into.getTownCode().equals(order.getTownCode())
                || into.getStatus().isClosed()) {
            throw new ServiceOrderRefused("services.refused.merge.target");
        }
        order.mergedInto(intoId, clock.instant());
        return step(
                order,
                ServiceStep.MERGED,
                staff,
                StepNote.of("services.staff-note.merged", "#" + intoId),
                StepNote.of("services.note.merged"));
    }

    /** The orders a staff member sees, newest first. */
    @Transactional(readOnly = true)
    public List<OrderView> visibleTo(ServiceStaff staff) {
        Instant now = clock.instant();
        return orders.findLatest(500).stream()
                .filter(o -> o.isVisibleTo(staff))
                .map(o -> view(o, staff, now))
                .toList();
    }

    /** One order as {@code staff} sees it; none they may not see. */
    @Transactional(readOnly = true)
    public OrderView view(long id, ServiceStaff staff) {
        return view(find(id, staff), staff, clock.instant());
    }

    /** Why the order is late, if it is, worded by the domain bundle; shown on the dashboards of whoever holds it. */
    public Optional<StepNote> overdue(ServiceOrder order, Instant now) {
        return overdueReason(order, now).map(this::describe);
    }

    /** Why the order is late, if it is. */
    public Optional<Overdue> overdueReason(ServiceOrder order, Instant now) {
        if (order.getStatus().isClosed()) {
            return Optional.empty();
        }
        if (order.getStatus() == ServiceOrderStatus.ORDERED
                && order.getCreatedAt().plus(settings.dispatchWithin()).isBefore(now)) {
            return Optional.of(Overdue.DISPATCH);
        }
        if (order.getTeamedAt() == null
                && order.getCreatedAt().plus(settings.teamWithin()).isBefore(now)) {
            return Optional.of(Overdue.TEAM);
        }
        if (order.getStatus() == ServiceOrderStatus.ACCEPTED
                && order.getServiceDate().isBefore(LocalDate.ofInstant(now, BEIJING))) {
            return Optional.of(Overdue.COMPLETION);
        }
        return Optional.empty();
    }

    StepNote describe(Overdue reason) {
        String code = "services.late." + reason.name();
        return switch (reason) {
            case DISPATCH -> StepNote.of(code, settings.dispatchWithin().toDays());
            case TEAM -> StepNote.of(code, settings.teamWithin().toDays());
            case COMPLETION -> StepNote.of(code);
        };
    }

    /**
     * Erases the contact (name, phone, the on-behalf worker's unit) of orders closed longer ago than
     * the retention; topic, place, attendance and rating stay for the statistics. The count erased.
     */
    @Transactional
    public int eraseOldContacts() {
        Instant now = clock.instant();
        int erased = 0;
        for (ServiceOrder order : orders.findClosedWithContactBefore(now.minus(settings.keepContactFor()))) {
            order.contactErased(now);
            orders.save(order);
            erased++;
        }
        return erased;
    }

    private ServiceOrder offer(ServiceOrder order, long teamId, ServiceStep step, String note, ServiceStaff staff) {
        var team = directory.team(teamId).orElseThrow(() -> ServiceOrderRefused.at("team", "services.refused.team"));
        order.offeredTo(teamId, clock.instant());
        return step(order, step, staff, note, StepNote.of("services.note.offered", team.name()));
    }

    /** A step with what staff typed as its note. */
    private ServiceOrder step(
            ServiceOrder order, ServiceStep step, ServiceStaff staff, String note, StepNote publicNote) {
        String clean = note == null || note.isBlank() ? null : note.strip();
        return step(order, step, staff, StepNote.written(clean), publicNote);
    }

    private ServiceOrder step(
            ServiceOrder order, ServiceStep step, ServiceStaff staff, StepNote note, StepNote publicNote) {
        ServiceOrder saved = orders.save(order);
        timeline.add(saved.getId(), step, staff.username(), note, publicNote, saved.getUpdatedAt());
        // the audit keeps the staff's words; of a note the system words, its arguments ("#12"), in no language
        String detail = note == null ? null : note.text() != null ? note.text() : String.join(" ", note.arguments());
        audit.record(
                staff.username(), "service-order." + step.name().toLowerCase(), "service-order", saved.getId(), detail);
        return saved;
    }

    /**
     * The order in {@code status}, held by {@code staff}; otherwise refused with {@code wrongState}, a code
     * whose argument is the order's status.
     */
    private ServiceOrder held(long id, ServiceStaff staff, ServiceOrderStatus status, String wrongState) {
        ServiceOrder order = find(id, staff);
        if (order.getStatus() != status) {
            throw new ServiceOrderRefused(wrongState, order.getStatus());
        }
        if (!order.isHeldBy(staff)) {
            throw new ServiceOrderRefused(holder(status));
        }
        return order;
    }

    private ServiceOrder find(long id, ServiceStaff staff) {
        return orders.findById(id)
                .filter(o -> o.isVisibleTo(staff))
                .orElseThrow(() -> new ServiceOrderNotFound("#" + id));
    }

    private OrderView view(ServiceOrder order, ServiceStaff staff, Instant now) {
        boolean shown = order.isHeldBy(staff);
        return new OrderView(
                order,
                shown ? order.getContactName() : OrderView.maskName(order.getContactName()),
                shown ? order.getContactPhone() : OrderView.maskPhone(order.getContactPhone()),
                shown,
                overdue(order, now));
    }

    /** The refusal of a step taken by someone other than who holds an order in {@code status}. */
    private static String holder(ServiceOrderStatus status) {
        return switch (status) {
            case ORDERED -> "services.refused.holder.town";
            case DISPATCHED, CLAIMED -> "services.refused.holder.department";
            default -> "services.refused.holder.team";
        };
    }

    private NewServiceOrder checked(NewServiceOrder o) {
        Map<String, StepNote> problems = new LinkedHashMap<>();
        String topic = strip(o.topic());
        if (topic.isEmpty() && o.columnId() == null) {
            problems.put("topic", StepNote.of("services.invalid.topic"));
        } else if (topic.length() > TOPIC_MAX) {
            problems.put("topic", StepNote.of("services.invalid.topic.too-long", TOPIC_MAX));
        }
        if (o.columnId() != null && columns.findById(o.columnId()).isEmpty()) {
            problems.put("topic", StepNote.of("services.invalid.topic.unknown"));
        }
        if (o.townCode() == null || towns.findByCode(o.townCode()).isEmpty()) {
            problems.put("town", StepNote.of("services.invalid.town"));
        }
        String address = strip(o.address());
        if (o.placeId() != null) {
            if (directory
                    .place(o.placeId())
                    .filter(p -> p.townCode().equals(o.townCode()))
                    .isEmpty()) {
                problems.put("village", StepNote.of("services.invalid.village.elsewhere"));
            }
        } else if (address.isEmpty()) {
            problems.put("village", StepNote.of("services.invalid.village"));
        }
        if (address.length() > ADDRESS_MAX) {
            problems.put("village", StepNote.of("services.invalid.address.too-long", ADDRESS_MAX));
        }
        if (o.audienceCode() != null && audiences.findByCode(o.audienceCode()).isEmpty()) {
            problems.put("audience", StepNote.of("services.invalid.audience"));
        }
        if (o.expectedAttendance() < 1 || o.expectedAttendance() > MAX_ATTENDANCE) {
            problems.put("expectedAttendance", StepNote.of("services.invalid.expected", MAX_ATTENDANCE));
        }
        String dates = strip(o.preferredDates());
        if (dates.isEmpty() || dates.length() > DATES_MAX) {
            problems.put("preferredDates", StepNote.of("services.invalid.dates", DATES_MAX));
        }
        String name = strip(o.contactName());
        if (name.isEmpty() || name.length() > NAME_MAX) {
            problems.put("contactName", StepNote.of("services.invalid.contact-name", NAME_MAX));
        }
        String phone = strip(o.contactPhone()).replace(" ", "");
        if (!MOBILE.matcher(phone).matches() && !LANDLINE.matcher(phone).matches()) {
            problems.put("contactPhone", StepNote.of("services.invalid.contact-phone"));
        }
        if (!o.consent()) {
            problems.put("consent", StepNote.of("services.invalid.consent"));
        }
        String unit = strip(o.onBehalfUnit());
        if (o.onBehalf() && (unit.isEmpty() || unit.length() > UNIT_MAX)) {
            problems.put("onBehalfUnit", StepNote.of("services.invalid.on-behalf-unit", UNIT_MAX));
        }
        if (!problems.isEmpty()) {
            throw new ServiceOrderInvalid(problems);
        }
        return new NewServiceOrder(
                topic.isEmpty() ? columns.findById(o.columnId()).orElseThrow().name() : topic,
                o.columnId(),
                o.townCode(),
                o.placeId(),
                address.isEmpty() ? null : address,
                o.audienceCode(),
                o.expectedAttendance(),
                dates,
                name,
                phone,
                true,
                o.onBehalf(),
                o.onBehalf() ? unit : null);
    }

    /** The text stripped; refused with {@code problem}, a code whose argument is {@code max}, when empty or longer. */
    private static String required(String text, int max, String field, String problem) {
        String clean = strip(text);
        if (clean.isEmpty() || clean.length() > max) {
            throw ServiceOrderRefused.at(field, problem, max);
        }
        return clean;
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    /** Never all digits: staff pages address orders by number under the same path as residents' links. */
    private String token() {
        byte[] bytes = new byte[16];
        String token;
        do {
            random.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        } while (DIGITS.matcher(token).matches());
        return token;
    }
}
