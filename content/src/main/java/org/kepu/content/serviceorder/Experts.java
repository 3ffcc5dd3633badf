package org.kepu.content.serviceorder;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kepu.content.account.Account;
import org.kepu.content.account.Accounts;
import org.kepu.content.audit.AuditLog;
import org.kepu.content.column.Columns;
import org.kepu.content.reference.Towns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 科普专家库: administrators add, change and retire experts; the staff who dispatch (a town's
 * 实践所, a department, administrators) search it by specialty, town and language and attach experts
 * to the orders they hold. An expert's phone is shown only to the staff of their town or department.
 */
@Service
public class Experts {

    /** Experts on one page of a search: enough for a phone's scrolling, never the whole pool at once. */
    public static final int PAGE_SIZE = 30;

    private static final String SELECT = "select e.id, e.name, e.organisation, e.town_code, e.department_id,"
            + " e.speaks_chinese, e.speaks_mongolian, e.available, e.availability, e.phone, e.account_id, e.retired_at"
            + " from expert e ";

    private final JdbcClient jdbc;
    private final ExpertRules rules;
    private final ExpertAttachments attachments;
    private final Accounts accounts;
    private final AuditLog audit;
    private final Clock clock;

    Experts(
            JdbcClient jdbc,
            ServiceDirectory directory,
            ServiceOrderRepository orders,
            Towns towns,
            Columns columns,
            Accounts accounts,
            AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.rules = new ExpertRules(jdbc, directory, towns, columns, accounts);
        this.attachments = new ExpertAttachments(jdbc, orders, audit, clock);
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** What is wrong with {@code details} (field to message code), for a form to show before saving. */
    @Transactional(readOnly = true)
    public Map<String, String> problems(ExpertDetails details, Long editing) {
        return rules.problems(details, editing);
    }

    /** @throws ExpertInvalid naming each field that is wrong; nothing is saved then */
    @Transactional
    public long add(ExpertDetails details, String by) {
        ExpertDetails clean = rules.checked(details, null);
        Instant now = clock.instant();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into expert (name, organisation, town_code, department_id, speaks_chinese,"
                        + " speaks_mongolian, available, availability, phone, account_id, created_at, updated_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(row(clean, now))
                .update(key, "id");
        long id = key.getKeyAs(Long.class);
        specialties(id, clean);
        audit.record(by, "expert.added", "expert", id, clean.name());
        return id;
    }

    /** @throws ExpertInvalid naming each field that is wrong; nothing is changed then */
    @Transactional
    public void change(long id, ExpertDetails details, String by) {
        get(id);
        ExpertDetails clean = rules.checked(details, id);
        jdbc.sql("update expert set name = ?, organisation = ?, town_code = ?, department_id = ?, speaks_chinese = ?,"
                        + " speaks_mongolian = ?, available = ?, availability = ?, phone = ?, account_id = ?,"
                        + " updated_at = ? where id = ?")
                .params(
                        clean.name(),
                        clean.organisation(),
                        clean.townCode(),
                        clean.departmentId(),
                        clean.chinese(),
                        clean.mongolian(),
                        clean.available(),
                        clean.availability(),
                        clean.phone(),
                        rules.accountId(clean.username()).orElse(null),
                        Timestamp.from(clock.instant()),
                        id)
                .update();
        jdbc.sql("delete from expert_specialty where expert_id = ?").param(id).update();
        specialties(id, clean);
        audit.record(by, "expert.changed", "expert", id, clean.name());
    }

    /** Takes the expert out of searches; orders they served keep them. */
    @Transactional
    public void retire(long id, String by) {
        retired(id, Timestamp.from(clock.instant()), by, "expert.retired");
    }

    @Transactional
    public void restore(long id, String by) {
        retired(id, null, by, "expert.restored");
    }

    /** One expert in full, for the administrators' form. */
    @Transactional(readOnly = true)
    public Expert get(long id) {
        return load("where e.id = ?", List.of(id)).stream().findFirst().orElseThrow(() -> new ExpertNotFound(id));
    }

    /** A page of the pool for the staff who dispatch; refused to those who do not. */
    @Transactional(readOnly = true)
    public ExpertPage search(ExpertQuery query, ServiceStaff staff) {
        if (!staff.dispatches()) {
            throw new ServicePeopleRefused("services.expert.search-refused");
        }
        ExpertSearch search = ExpertSearch.of(query);
        long total = jdbc.sql("select count(*) from expert e " + search.where())
                .params(search.parameters())
                .query(Long.class)
                .single();
        List<Object> paged = new ArrayList<>(search.parameters());
        paged.add(PAGE_SIZE);
        paged.add((long) query.page() * PAGE_SIZE);
        List<Expert> found = load(search.where() + " order by e.available desc, e.name, e.id limit ? offset ?", paged);
        return new ExpertPage(
                found.stream().map(e -> ExpertView.of(e, staff)).toList(), total, query.page(), PAGE_SIZE);
    }

    /** The expert behind a signed-in account, if it is one. */
    @Transactional(readOnly = true)
    public Optional<Expert> ofAccount(String username) {
        return accounts.findByUsername(username)
                .map(Account::getId)
                .flatMap(account -> load("where e.account_id = ? and e.retired_at is null", List.of(account)).stream()
                        .findFirst());
    }

    /** The expert keeps their own availability. */
    @Transactional
    public void changeAvailability(String username, boolean available, String note) {
        Expert expert = ofAccount(username).orElseThrow(() -> new ServicePeopleRefused("services.expert.not-expert"));
        String text = note == null ? "" : note.strip();
        if (text.length() > 200) {
            throw new ServicePeopleRefused("services.expert.availability.too-long", 200);
        }
        jdbc.sql("update expert set available = ?, availability = ?, updated_at = ? where id = ?")
                .params(available, text.isEmpty() ? null : text, Timestamp.from(clock.instant()), expert.id())
                .update();
        audit.record(username, "expert.availability", "expert", expert.id(), available ? "available" : "busy");
    }

    /** The experts attached to an order the staff member sees. */
    @Transactional(readOnly = true)
    public List<ExpertView> attachedTo(long orderId, ServiceStaff staff) {
        List<Long> ids =
                attachments.expertsOf(attachments.visible(orderId, staff).getId());
        return ids.isEmpty()
                ? List.of()
                : load("where e.id in (" + "?,".repeat(ids.size() - 1) + "?) order by e.name", List.copyOf(ids))
                        .stream()
                        .map(e -> ExpertView.of(e, staff))
                        .toList();
    }

    /** Attaches an expert to an open order its town or its current holder manages. */
    @Transactional
    public void attach(long orderId, long expertId, ServiceStaff staff) {
        // another town's order is "not found", and a refusal comes before anything is said about the expert
        attachments.allowed(orderId, staff);
        Expert expert = get(expertId);
        if (expert.retired()) {
            throw new ServicePeopleRefused("services.expert.retired");
        }
        attachments.attach(orderId, expert, staff);
    }

    @Transactional
    public void detach(long orderId, long expertId, ServiceStaff staff) {
        attachments.visible(orderId, staff);
        attachments.detach(orderId, get(expertId), staff);
    }

    /** Whether the staff member may attach and detach experts on the order now. */
    @Transactional(readOnly = true)
    public boolean mayAttach(long orderId, ServiceStaff staff) {
        return attachments.mayAttach(attachments.visible(orderId, staff), staff);
    }

    /** The orders an expert was attached to, newest first: what the expert sees of them. */
    @Transactional(readOnly = true)
    public List<ServiceOrder> ordersOf(long expertId) {
        return attachments.ordersOf(expertId);
    }

    private void retired(long id, Timestamp at, String by, String action) {
        Expert expert = get(id);
        jdbc.sql("update expert set retired_at = ?, updated_at = ? where id = ?")
                .params(at, Timestamp.from(clock.instant()), id)
                .update();
        audit.record(by, action, "expert", id, expert.name());
    }

    private Object[] row(ExpertDetails d, Instant now) {
        return new Object[] {
            d.name(),
            d.organisation(),
            d.townCode(),
            d.departmentId(),
            d.chinese(),
            d.mongolian(),
            d.available(),
            d.availability(),
            d.phone(),
            rules.accountId(d.username()).orElse(null),
            Timestamp.from(now),
            Timestamp.from(now)
        };
    }

    private void specialties(long id, ExpertDetails details) {
        for (Long column : details.specialties()) {
            jdbc.sql("insert into expert_specialty (expert_id, column_id) values (?, ?)")
                    .params(id, column)
                    .update();
        }
    }

    private List<Expert> load(String where, List<?> parameters) {
        record Row(
                long id,
                String name,
                String organisation,
                String town,
                Long department,
                boolean chinese,
                boolean mongolian,
                boolean available,
                String availability,
                String phone,
                Long account,
                Instant retiredAt) {}
        List<Row> rows = jdbc.sql(SELECT + where)
                .params(parameters)
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, Long.class),
                        rs.getBoolean(6),
                        rs.getBoolean(7),
                        rs.getBoolean(8),
                        rs.getString(9),
                        rs.getString(10),
                        rs.getObject(11, Long.class),
                        instant(rs, 12)))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Long>> specialties = new HashMap<>();
        List<Long> ids = rows.stream().map(Row::id).toList();
        jdbc.sql("select expert_id, column_id from expert_specialty where expert_id in (" + "?,".repeat(ids.size() - 1)
                        + "?) order by column_id")
                .params(ids)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                .list()
                .forEach(e -> specialties
                        .computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        Map<Long, String> usernames = new LinkedHashMap<>();
        accounts.findAllById(
                        rows.stream().map(Row::account).filter(a -> a != null).toList())
                .forEach(a -> usernames.put(a.getId(), a.getUsername()));
        return rows.stream()
                .map(r -> new Expert(
                        r.id(),
                        r.name(),
                        r.organisation(),
                        r.town(),
                        r.department(),
                        specialties.getOrDefault(r.id(), List.of()),
                        r.chinese(),
                        r.mongolian(),
                        r.available(),
                        r.availability(),
                        r.phone(),
                        r.account() == null ? null : usernames.get(r.account()),
                        r.retiredAt()))
                .toList();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
