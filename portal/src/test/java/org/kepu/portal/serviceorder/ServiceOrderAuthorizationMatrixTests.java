package org.kepu.portal.serviceorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kepu.content.account.Accounts;
import org.kepu.content.account.Role;
import org.kepu.content.column.Columns;
import org.kepu.content.serviceorder.ExpertDetails;
import org.kepu.content.serviceorder.Experts;
import org.kepu.content.serviceorder.ServiceDirectory;
import org.kepu.content.serviceorder.ServiceDirectory.ScopeKind;
import org.kepu.content.serviceorder.ServiceOrderStatus;
import org.kepu.content.serviceorder.ServiceOrders;
import org.kepu.content.serviceorder.Volunteers;
import org.kepu.portal.PageSession;
import org.kepu.portal.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Every person against every page and step of the staff side of science services: the anonymous
 * are sent to the login, accounts without a scope (a creator, an editor) get 403, another town's
 * 实践所 and a team the order never reached get 404 (the order's number tells them nothing), the
 * town holding it gets past the rules. Steps that pass the rules are sent without their fields, so
 * the content layer refuses them and nothing changes (302 back to the order's page). Written to
 * {@code target/service-order-authorization.md}.
 */
class ServiceOrderAuthorizationMatrixTests extends PortalIntegrationTest {

    @Autowired
    ServiceOrders orders;

    @Autowired
    ServiceDirectory directory;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    Experts experts;

    @Autowired
    Volunteers volunteers;

    @Autowired
    Columns columns;

    private final Map<String, PageSession> people = new LinkedHashMap<>();
    private ServiceOrders.Placed order;
    private long team;
    private long expert;
    private long volunteer;

    @BeforeEach
    void peopleAndAnOrder() {
        ServiceStaffFixture fixture = new ServiceStaffFixture(accounts, encoder, directory, orders, this::uri);
        team = fixture.team("矩阵服务队");
        people.put("anonymous", PageSession.anonymous(this::uri));
        people.put("creator", fixture.account("m-creator", Set.of(Role.CREATOR)));
        people.put("editor", fixture.account("m-editor", Set.of(Role.EDITOR)));
        people.put("other town", fixture.staff("m-other", ScopeKind.TOWN, ServiceStaffFixture.OTHER_TOWN));
        people.put("team", fixture.staff("m-team", ScopeKind.TEAM, Long.toString(team)));
        people.put("town", fixture.staff("m-town", ScopeKind.TOWN, ServiceStaffFixture.TOWN));
        people.put("admin", PageSession.login(this::uri, ADMIN, ADMIN_PASSWORD));
        long police = directory.departments().stream()
                .filter(d -> d.code().equals("gongan"))
                .findFirst()
                .orElseThrow()
                .id();
        people.put("department", fixture.staff("m-dept", ScopeKind.DEPARTMENT, Long.toString(police)));
        people.put("expert", fixture.account("m-expert", Set.of()));
        expert = experts.add(
                new ExpertDetails(
                        "矩阵专家" + fixture.suffix,
                        null,
                        ServiceStaffFixture.TOWN,
                        null,
                        Set.of(firstColumn()),
                        true,
                        false,
                        true,
                        null,
                        "13904770099",
                        "m-expert-" + fixture.suffix),
                ADMIN);
        volunteer = volunteers.add(team, "矩阵志愿者", null, ADMIN).id();
        order = fixture.order("矩阵讲座");
    }

    @Test
    void everyPersonGetsExactlyWhatTheirScopeAllows() {
        String o = "/services/orders/" + order.id();
        // expected: anonymous, creator, editor, other town, team (not reached yet), town, admin
        String e = "/admin/experts/" + expert;
        String v = "/admin/volunteers/teams/" + team + "/people";
        String year = Integer.toString(LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear());
        String nomination = "?year=" + year + "&volunteer=" + volunteer + "&category=WORKER";
        // expected: anonymous, creator, editor, other town, team (not reached yet), town, admin,
        // department (not reached yet), expert (an account bound to the 专家库, no scope)
        List<Row> rows = List.of(
                get("/services/orders", 302, 403, 403, 200, 200, 200, 200, 200, 403),
                get(o, 302, 403, 403, 404, 404, 200, 200, 404, 403),
                post(o + "/dispatch", 302, 403, 403, 404, 404, 302, 302, 404, 403),
                post(o + "/offer", 302, 403, 403, 404, 404, 302, 302, 404, 403),
                post(o + "/merge", 302, 403, 403, 404, 404, 302, 302, 404, 403),
                post(o + "/claim", 302, 403, 403, 404, 404, 302, 302, 404, 403),
                post(o + "/pass-on", 302, 403, 403, 404, 404, 302, 302, 404, 403),
                post(o + "/accept", 302, 403, 403, 404, 404, 302, 302, 404, 403),
                post(o + "/decline", 302, 403, 403, 404, 404, 302, 302, 404, 403),
                post(o + "/complete", 302, 403, 403, 404, 404, 302, 302, 404, 403),
                post(o + "/cancel", 302, 403, 403, 404, 404, 302, 302, 404, 403),
                // no such order: the same answer as another town's
                get("/services/orders/999999999", 302, 403, 403, 404, 404, 404, 404, 404, 403),
                // scopes are given by administrators only
                get("/admin/service-staff", 302, 403, 403, 403, 403, 403, 200, 403, 403),
                post("/admin/service-staff", 302, 403, 403, 403, 403, 403, 302, 403, 403),
                // the workbench: roles or a scope
                get("/workbench", 302, 403, 200, 200, 200, 200, 200, 200, 403),
                // the resident's link stays public
                get("/services/orders/" + order.trackingToken(), 200, 200, 200, 200, 200, 200, 200, 200, 200),
                // the 专家库: the dispatching side searches it (teams take orders, they do not pick experts)
                get("/services/experts", 302, 403, 403, 200, 403, 200, 200, 200, 403),
                get("/services/experts?attachTo=" + order.id(), 302, 403, 403, 404, 403, 200, 200, 404, 403),
                // attaching: the order's town and its holder; sent without an expert, refused with a reason
                post(o + "/experts", 302, 403, 403, 404, 404, 302, 302, 404, 403),
                post(o + "/experts/" + expert + "/detach", 302, 403, 403, 404, 404, 302, 302, 404, 403),
                // hours: only the team of a completed order; the order is open, so refused with a reason
                post(o + "/hours", 302, 403, 403, 404, 404, 302, 302, 404, 403),
                post(o + "/volunteers", 302, 403, 403, 404, 404, 302, 302, 404, 403),
                // the ranking: everyone who works on orders
                get("/services/ranking", 302, 403, 403, 200, 200, 200, 200, 200, 403),
                // an expert's own page: only an account bound to the pool
                get("/services/expert", 302, 403, 403, 403, 403, 403, 403, 403, 200),
                post("/services/expert/availability", 302, 403, 403, 403, 403, 403, 403, 403, 302),
                // the pool, the teams, the points rule, nominations and exports: administrators
                get("/admin/experts", 302, 403, 403, 403, 403, 403, 200, 403, 403),
                get("/admin/experts/new", 302, 403, 403, 403, 403, 403, 200, 403, 403),
                get(e, 302, 403, 403, 403, 403, 403, 200, 403, 403),
                // sent empty: the form comes back with its problems
                post("/admin/experts", 302, 403, 403, 403, 403, 403, 200, 403, 403),
                post(e, 302, 403, 403, 403, 403, 403, 200, 403, 403),
                post(e + "/retire", 302, 403, 403, 403, 403, 403, 302, 403, 403),
                post(e + "/restore", 302, 403, 403, 403, 403, 403, 302, 403, 403),
                get("/admin/volunteers", 302, 403, 403, 403, 403, 403, 200, 403, 403),
                post("/admin/volunteers/teams", 302, 403, 403, 403, 403, 403, 302, 403, 403),
                post(v, 302, 403, 403, 403, 403, 403, 302, 403, 403),
                post(v + "/" + volunteer + "/retire", 302, 403, 403, 403, 403, 403, 302, 403, 403),
                get("/admin/services", 302, 403, 403, 403, 403, 403, 200, 403, 403),
                post("/admin/services/points-rule", 302, 403, 403, 403, 403, 403, 302, 403, 403),
                post("/admin/services/nominations" + nomination, 302, 403, 403, 403, 403, 403, 302, 403, 403),
                post("/admin/services/nominations/withdraw" + nomination, 302, 403, 403, 403, 403, 403, 302, 403, 403),
                get("/admin/services/report.xlsx?year=" + year, 302, 403, 403, 403, 403, 403, 200, 403, 403),
                get("/admin/services/nominations.xlsx?year=" + year, 302, 403, 403, 403, 403, 403, 200, 403, 403),
                // the public side: no login
                get("/services", 200, 200, 200, 200, 200, 200, 200, 200, 200),
                get("/services/poster", 200, 200, 200, 200, 200, 200, 200, 200, 200),
                get("/indicators", 200, 200, 200, 200, 200, 200, 200, 200, 200),
                get("/api/v1/indicators", 200, 200, 200, 200, 200, 200, 200, 200, 200));

        List<String> wrong = new ArrayList<>();
        StringBuilder table = new StringBuilder("| request | " + String.join(" | ", people.keySet()) + " |\n");
        table.append("| --- |").append(" --- |".repeat(people.size())).append('\n');
        for (Row row : rows) {
            table.append("| ")
                    .append(row.method())
                    .append(' ')
                    .append(row.path()
                            .replace(order.trackingToken(), "{tracking-token}")
                            .replaceAll("/" + order.id() + "(/|$)", "/{order}$1")
                            .replaceAll("attachTo=" + order.id(), "attachTo={order}")
                            .replaceAll("/experts/" + expert + "(/|$)", "/experts/{expert}$1")
                            .replaceAll("/people/" + volunteer + "/", "/people/{volunteer}/")
                            .replaceAll("/teams/" + team + "/", "/teams/{team}/")
                            .replaceAll("volunteer=" + volunteer, "volunteer={volunteer}"))
                    .append(" |");
            int i = 0;
            for (Map.Entry<String, PageSession> person : people.entrySet()) {
                int expected = row.expected()[i++];
                HttpResponse<String> answer = row.method().equals("GET")
                        ? person.getValue().get(row.path())
                        : person.getValue().post(row.path());
                String location = answer.headers().firstValue("Location").orElse("");
                table.append(' ').append(answer.statusCode()).append(" |");
                if (answer.statusCode() != expected) {
                    wrong.add(row.method() + " " + row.path() + " as " + person.getKey() + ": " + answer.statusCode()
                            + ", expected " + expected);
                } else if (person.getKey().equals("anonymous") && expected == 302 && !location.endsWith("/login")) {
                    wrong.add(row.method() + " " + row.path() + " as anonymous: sent to " + location);
                } else if (!person.getKey().equals("anonymous") && expected == 302 && location.endsWith("/login")) {
                    wrong.add(row.method() + " " + row.path() + " as " + person.getKey() + ": sent to the login");
                }
            }
            table.append('\n');
        }
        write(table.toString());
        assertThat(wrong).as("see target/service-order-authorization.md").isEmpty();
        assertThat(orders.byToken(order.trackingToken()).getStatus())
                .as("nothing any request did stuck")
                .isEqualTo(ServiceOrderStatus.ORDERED);
        assertThat(orders.timeline(order.id())).hasSize(1);
    }

    /** The first column of the demo's: an expert needs a theme. */
    private long firstColumn() {
        return columns.findAllByOrderBySortOrderAscIdAsc().get(0).id();
    }

    private static void write(String table) {
        try {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target/service-order-authorization.md"), table);
        } catch (IOException e) {
            throw new AssertionError("Could not write the matrix", e);
        }
    }

    private record Row(String method, String path, int[] expected) {}

    private static Row get(String path, int... expected) {
        return new Row("GET", path, expected);
    }

    private static Row post(String path, int... expected) {
        return new Row("POST", path, expected);
    }
}
