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
        timeline.add(saved.getId(), ServiceStep.ORDERED, null, null, "已收到您的点单，将由" + town + "新时代文明实践所安排。", now);
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

    /** Every step of the order, for staff; residents read only {@link TimelineEntry#publicNote()}. */
    @Transactional(readOnly = true)
    public List<TimelineEntry> timeline(long orderId) {
        return timeline.of(orderId);
    }

    /** 社区派单: the town's staff send a new order to a department. */
    @Transactional
    public ServiceOrder dispatchToDepartment(long id, long departmentId, String note, ServiceStaff staff) {
        ServiceOrder order = held(id, staff, ServiceOrderStatus.ORDERED, "只有待派单的点单可以派单。");
        var department =
                directory.department(departmentId).orElseThrow(() -> new ServiceOrderRefused("department", "没有这个部门。"));
        order.dispatchedTo(departmentId, clock.instant());
        return step(order, ServiceStep.DISPATCHED, staff, note, "已派给" + department.name() + "。");
    }

    /** 社区派单 straight to a volunteer team. */
    @Transactional
    public ServiceOrder dispatchToTeam(long id, long teamId, String note, ServiceStaff staff) {
        ServiceOrder order = held(id, staff, ServiceOrderStatus.ORDERED, "只有待派单的点单可以派单。");
        return offer(order, teamId, ServiceStep.DISPATCHED, note, staff);
    }

    /** 部门领单. */
    @Transactional
    public ServiceOrder claim(long id, ServiceStaff staff) {
        ServiceOrder order = held(id, staff, ServiceOrderStatus.DISPATCHED, "只有派给部门、尚未领单的点单可以领单。");
        order.claimed(clock.instant());
        String department =
                directory.department(order.getDepartmentId()).orElseThrow().name();
        return step(order, ServiceStep.CLAIMED, staff, null, department + "已领单，正在安排志愿服务队。");
    }

    /** The department passes a claimed order to a volunteer team. */
    @Transactional
    public ServiceOrder passOn(long id, long teamId, String note, ServiceStaff staff) {
        ServiceOrder order = held(id, staff, ServiceOrderStatus.CLAIMED, "部门领单后才能转派给志愿服务队。");
        return offer(order, teamId, ServiceStep.PASSED_ON, note, staff);
    }

    /** 队伍接单: the team names its people and the date. */
    @Transactional
    public ServiceOrder accept(long id, String people, LocalDate date, ServiceStaff staff) {
        ServiceOrder order = held(id, staff, ServiceOrderStatus.OFFERED, "只有派给本队、尚未接单的点单可以接单。");
        String names = required(people, 300, "people", "请填写参加服务的志愿者。");
        if (date == null || date.isBefore(LocalDate.now(clock.withZone(BEIJING)))) {
            throw new ServiceOrderRefused("date", "请选择今天或以后的服务日期。");
        }
        order.accepted(names, date, clock.instant());
        String team = directory.team(order.getTeamId()).orElseThrow().name();
        return step(order, ServiceStep.ACCEPTED, staff, names, team + "已接单，服务日期 " + date + "。");
    }

    /** The team cannot take it: back to the department that claimed it, or to the town. */
    @Transactional
    public ServiceOrder decline(long id, String reason, ServiceStaff staff) {
        ServiceOrder order = held(id, staff, ServiceOrderStatus.OFFERED, "只有派给本队、尚未接单的点单可以退回。");
        String why = required(reason, REASON_MAX, "reason", "请写明退回的原因。");
        order.declined(clock.instant());
        return step(order, ServiceStep.DECLINED, staff, why, "志愿服务队暂时无法接单（" + why + "），正在重新安排。");
    }

    /** The team reports the service held. */
    @Transactional
    public ServiceOrder complete(long id, int attendance, String report, ServiceStaff staff) {
        return complete(id, attendance, report, List.of(), staff);
    }

    /** The team reports the service held, with photos the portal stored as images. */
    @Transactional
    public ServiceOrder complete(long id, int attendance, String report, List<OrderPhoto> taken, ServiceStaff staff) {
        ServiceOrder order = held(id, staff, ServiceOrderStatus.ACCEPTED, "只有已接单的点单可以登记完成。");
        if (attendance < 1 || attendance > MAX_ATTENDANCE) {
            throw new ServiceOrderRefused("attendance", "参加人数应在 1 到 " + MAX_ATTENDANCE + " 之间。");
        }
        String text = required(report, 2000, "report", "请写一段简短的服务报告。");
        checkPhotoCount(id, taken);
        order.completed(attendance, text, clock.instant());
        ServiceOrder saved = step(order, ServiceStep.COMPLETED, staff, text, "服务已完成，参加 " + attendance + " 人。欢迎您评价。");
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
            throw new ServiceOrderRefused("只有完成服务的志愿服务队可以补充照片。");
        }
        if (taken.isEmpty()) {
            throw new ServiceOrderRefused("photos", "请选择照片。");
        }
        checkPhotoCount(id, taken);
        Instant now = clock.instant();
        photos.add(id, taken, staff.username(), now);
        timeline.add(id, ServiceStep.PHOTOS, staff.username(), taken.size() + " 张", null, now);
        audit.record(staff.username(), "service-order.photos", "service-order", id, taken.size() + " 张");
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
            throw new ServiceOrderRefused("photos", "每个点单最多 " + settings.maxPhotos() + " 张照片。");
        }
    }

    /** The resident rates a completed service once, through their link. */
    @Transactional
    public ServiceOrder rate(String token, int rating, String comment) {
        ServiceOrder order = byToken(token);
        if (order.getStatus() != ServiceOrderStatus.COMPLETED) {
            throw new ServiceOrderRefused("服务完成后才能评价。");
        }
        if (order.getRating() != null) {
            throw new ServiceOrderRefused("这个点单已经评价过了，谢谢您。");
        }
        if (rating < 1 || rating > 5) {
            throw new ServiceOrderRefused("请选择 1 到 5 颗星。");
        }
        String text = comment == null ? "" : comment.strip();
        if (text.length() > 500) {
            throw new ServiceOrderRefused("评价最多 500 字。");
        }
        Instant now = clock.instant();
        order.rated(rating, text.isEmpty() ? null : text, now);
        ServiceOrder saved = orders.save(order);
        timeline.add(saved.getId(), ServiceStep.RATED, null, text, "您的评价：" + rating + " 星。谢谢！", now);
        return saved;
    }

    /** The town (or an administrator) cancels an open order, with a reason the resident reads. */
    @Transactional
    public ServiceOrder cancel(long id, String reason, ServiceStaff staff) {
        ServiceOrder order = find(id, staff);
        if (!staff.forTown(order.getTownCode())) {
            throw new ServiceOrderRefused("只有点单所在镇的实践所或管理员可以取消点单。");
        }
        if (order.getStatus().isClosed()) {
            throw new ServiceOrderRefused("这个点单已经结束，不能取消。");
        }
        String why = required(reason, REASON_MAX, "reason", "请写明取消的原因，点单人会看到。");
        order.cancelled(clock.instant());
        return step(order, ServiceStep.CANCELLED, staff, why, "点单已取消：" + why);
    }

    /** The town merges a duplicate into another open order of the same town. */
    @Transactional
    public ServiceOrder merge(long id, long intoId, ServiceStaff staff) {
        ServiceOrder order = held(id, staff, ServiceOrderStatus.ORDERED, "只有待派单的点单可以合并。");
        ServiceOrder into = find(intoId, staff);
        if (id == intoId
                || !into.getTownCode().equals(order.getTownCode())
                || into.getStatus().isClosed()) {
            throw new ServiceOrderRefused("只能合并到同一个镇、尚未结束的另一个点单。");
        }
        order.mergedInto(intoId, clock.instant());
        return step(order, ServiceStep.MERGED, staff, "合并到 #" + intoId, "您的点单与同一地点的其他点单合并办理，进展请看合并后的点单。");
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

    /** Why the order is late, if it is, in Chinese; shown on the dashboards of whoever holds it. */
    public Optional<String> overdue(ServiceOrder order, Instant now) {
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

    String describe(Overdue reason) {
        return switch (reason) {
            case DISPATCH -> "超过 " + settings.dispatchWithin().toDays() + " 天未派单";
            case TEAM -> "超过 " + settings.teamWithin().toDays() + " 天无队伍接单";
            case COMPLETION -> "服务日期已过，尚未登记完成";
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
        var team = directory.team(teamId).orElseThrow(() -> new ServiceOrderRefused("team", "没有这支志愿服务队。"));
        order.offeredTo(teamId, clock.instant());
        return step(order, step, staff, note, "已派给" + team.name() + "，等待接单。");
    }

    private ServiceOrder step(
            ServiceOrder order, ServiceStep step, ServiceStaff staff, String note, String publicNote) {
        ServiceOrder saved = orders.save(order);
        String clean = note == null || note.isBlank() ? null : note.strip();
        timeline.add(saved.getId(), step, staff.username(), clean, publicNote, saved.getUpdatedAt());
        audit.record(
                staff.username(), "service-order." + step.name().toLowerCase(), "service-order", saved.getId(), clean);
        return saved;
    }

    /** The order in {@code status}, held by {@code staff}; otherwise refused with {@code wrongState}. */
    private ServiceOrder held(long id, ServiceStaff staff, ServiceOrderStatus status, String wrongState) {
        ServiceOrder order = find(id, staff);
        if (order.getStatus() != status) {
            throw new ServiceOrderRefused(
                    wrongState + "（当前：" + order.getStatus().label() + "）");
        }
        if (!order.isHeldBy(staff)) {
            throw new ServiceOrderRefused("这一步由点单当前所在的" + holder(status) + "办理。");
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

    private static String holder(ServiceOrderStatus status) {
        return switch (status) {
            case ORDERED -> "镇新时代文明实践所";
            case DISPATCHED, CLAIMED -> "部门";
            default -> "志愿服务队";
        };
    }

    private NewServiceOrder checked(NewServiceOrder o) {
        Map<String, String> problems = new LinkedHashMap<>();
        String topic = strip(o.topic());
        if (topic.isEmpty() && o.columnId() == null) {
            problems.put("topic", "请写明想听的科普内容，或选择一个主题。");
        } else if (topic.length() > 100) {
            problems.put("topic", "科普内容最多 100 字。");
        }
        if (o.columnId() != null && columns.findById(o.columnId()).isEmpty()) {
            problems.put("topic", "没有这个主题。");
        }
        if (o.townCode() == null || towns.findByCode(o.townCode()).isEmpty()) {
            problems.put("town", "请选择镇（苏木）。");
        }
        String address = strip(o.address());
        if (o.placeId() != null) {
            if (directory
                    .place(o.placeId())
                    .filter(p -> p.townCode().equals(o.townCode()))
                    .isEmpty()) {
                problems.put("village", "这个村（嘎查、社区）不在所选的镇。");
            }
        } else if (address.isEmpty()) {
            problems.put("village", "请选择村（嘎查、社区）或填写地址。");
        }
        if (address.length() > 200) {
            problems.put("village", "地址最多 200 字。");
        }
        if (o.audienceCode() != null && audiences.findByCode(o.audienceCode()).isEmpty()) {
            problems.put("audience", "没有这个人群。");
        }
        if (o.expectedAttendance() < 1 || o.expectedAttendance() > MAX_ATTENDANCE) {
            problems.put("expectedAttendance", "预计人数应在 1 到 " + MAX_ATTENDANCE + " 之间。");
        }
        String dates = strip(o.preferredDates());
        if (dates.isEmpty() || dates.length() > 200) {
            problems.put("preferredDates", "请写明希望的时间（最多 200 字），例如：12 月中旬的周末上午。");
        }
        String name = strip(o.contactName());
        if (name.isEmpty() || name.length() > 40) {
            problems.put("contactName", "请填写联系人（最多 40 字）。");
        }
        String phone = strip(o.contactPhone()).replace(" ", "");
        if (!MOBILE.matcher(phone).matches() && !LANDLINE.matcher(phone).matches()) {
            problems.put("contactPhone", "请填写 11 位手机号或带区号的固定电话。");
        }
        if (!o.consent()) {
            problems.put("consent", "请同意我们为安排服务使用您的联系方式（服务结束后删除）。");
        }
        String unit = strip(o.onBehalfUnit());
        if (o.onBehalf() && (unit.isEmpty() || unit.length() > 60)) {
            problems.put("onBehalfUnit", "代为下单时请写明您的单位或身份（最多 60 字），例如：新街村村委会。");
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

    private static String required(String text, int max, String field, String problem) {
        String clean = strip(text);
        if (clean.isEmpty() || clean.length() > max) {
            throw new ServiceOrderRefused(field, problem + "（最多 " + max + " 字）");
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
