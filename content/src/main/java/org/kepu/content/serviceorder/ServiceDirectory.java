package org.kepu.content.serviceorder;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
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

    private final JdbcClient jdbc;

    ServiceDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    /** Lets {@code accountId} act for a town (code), department or team (id). */
    @Transactional
    public void grant(long accountId, ScopeKind kind, String scope) {
        jdbc.sql("delete from service_staff where account_id = ? and kind = ? and scope = ?")
                .params(accountId, kind.name(), scope)
                .update();
        jdbc.sql("insert into service_staff (account_id, kind, scope) values (?, ?, ?)")
                .params(accountId, kind.name(), scope)
                .update();
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
