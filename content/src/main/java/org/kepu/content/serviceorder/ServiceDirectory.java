package org.kepu.content.serviceorder;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.kepu.content.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The departments, volunteer teams, places and staff scopes that orders move between. */
@Service
public class ServiceDirectory {

    public record Department(long id, String code, String name) {}

    public record Team(long id, String name, String townCode, Long departmentId) {}

    public record Place(long id, String townCode, String name, String kind, boolean remote) {}

    /** What a staff account acts for. */
    public enum ScopeKind {
        TOWN,
        DEPARTMENT,
        TEAM
    }

    /** One scope of one account, as the administrators' list shows it. */
    public record Grant(long accountId, String username, ScopeKind kind, String scope) {}

    private final JdbcClient jdbc;
    private final AuditLog audit;

    ServiceDirectory(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public List<Department> departments() {
        return jdbc.sql("select id, code, name from service_department order by sort_order, id")
                .query((rs, n) -> new Department(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    public Optional<Department> department(long id) {
        return departments().stream().filter(d -> d.id() == id).findFirst();
    }

    public List<Team> teams() {
        return jdbc.sql("select id, name, town_code, department_id from volunteer_team order by name")
                .query((rs, n) ->
                        new Team(rs.getLong(1), rs.getString(2), rs.getString(3), (Long) rs.getObject(4, Long.class)))
                .list();
    }

    public Optional<Team> team(long id) {
        return teams().stream().filter(t -> t.id() == id).findFirst();
    }

    @Transactional
    public Team addTeam(String name, String townCode, Long departmentId, Instant now) {
        jdbc.sql("insert into volunteer_team (name, town_code, department_id, created_at) values (?, ?, ?, ?)")
                .params(name, townCode, departmentId, Timestamp.from(now))
                .update();
        return teams().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    public List<Place> places(String townCode) {
        return jdbc.sql("select id, town_code, name, kind, remote from service_place where town_code = ? order by name")
                .param(townCode)
                .query((rs, n) ->
                        new Place(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5)))
                .list();
    }

    public Optional<Place> place(long id) {
        return jdbc.sql("select id, town_code, name, kind, remote from service_place where id = ?")
                .param(id)
                .query((rs, n) ->
                        new Place(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5)))
                .optional();
    }

    @Transactional
    public Place addPlace(String townCode, String name, String kind, boolean remote) {
        jdbc.sql("insert into service_place (town_code, name, kind, remote) values (?, ?, ?, ?)")
                .params(townCode, name, kind, remote)
                .update();
        return places(townCode).stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    /**
     * Lets {@code accountId} act for a town (code), department or team (id); {@code by} is the
     * administrator, named in the audit log.
     *
     * @throws IllegalArgumentException when no such town, department or team exists
     */
    @Transactional
    public void grant(long accountId, ScopeKind kind, String scope, String by) {
        if (!exists(kind, scope)) {
            throw new IllegalArgumentException("No " + kind + " " + scope);
        }
        jdbc.sql("delete from service_staff where account_id = ? and kind = ? and scope = ?")
                .params(accountId, kind.name(), scope)
                .update();
        jdbc.sql("insert into service_staff (account_id, kind, scope) values (?, ?, ?)")
                .params(accountId, kind.name(), scope)
                .update();
        audit.record(by, "service-staff.granted", "account", accountId, kind + " " + scope);
    }

    /** Ends one scope of an account; nothing happens when it had none. */
    @Transactional
    public void revoke(long accountId, ScopeKind kind, String scope, String by) {
        int removed = jdbc.sql("delete from service_staff where account_id = ? and kind = ? and scope = ?")
                .params(accountId, kind.name(), scope)
                .update();
        if (removed > 0) {
            audit.record(by, "service-staff.revoked", "account", accountId, kind + " " + scope);
        }
    }

    /** Every scope of every account, by user name. */
    public List<Grant> grants() {
        return jdbc.sql("select s.account_id, a.username, s.kind, s.scope from service_staff s"
                        + " join account a on a.id = s.account_id order by a.username, s.kind, s.scope")
                .query((rs, n) ->
                        new Grant(rs.getLong(1), rs.getString(2), ScopeKind.valueOf(rs.getString(3)), rs.getString(4)))
                .list();
    }

    private boolean exists(ScopeKind kind, String scope) {
        return switch (kind) {
            case TOWN ->
                jdbc.sql("select count(*) from town where code = ?")
                                .param(scope)
                                .query(Long.class)
                                .single()
                        > 0;
            case DEPARTMENT ->
                isNumber(scope) && department(Long.parseLong(scope)).isPresent();
            case TEAM -> isNumber(scope) && team(Long.parseLong(scope)).isPresent();
        };
    }

    private static boolean isNumber(String scope) {
        return scope != null && scope.matches("[0-9]{1,18}");
    }

    /** The scopes of an account; {@code admin} for administrators, who act for all. */
    public ServiceStaff staff(long accountId, String username, boolean admin) {
        record Row(String kind, String scope) {}
        List<Row> rows = jdbc.sql("select kind, scope from service_staff where account_id = ?")
                .param(accountId)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2)))
                .list();
        return new ServiceStaff(
                username,
                rows.stream()
                        .filter(r -> r.kind().equals("TOWN"))
                        .map(Row::scope)
                        .collect(Collectors.toSet()),
                rows.stream()
                        .filter(r -> r.kind().equals("DEPARTMENT"))
                        .map(r -> Long.valueOf(r.scope()))
                        .collect(Collectors.toSet()),
                rows.stream()
                        .filter(r -> r.kind().equals("TEAM"))
                        .map(r -> Long.valueOf(r.scope()))
                        .collect(Collectors.toSet()),
                admin);
    }
}
