package org.kepu.portal.serviceorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
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
import org.kepu.content.serviceorder.ServiceStaff;
import org.kepu.content.serviceorder.Volunteers;
import org.kepu.portal.PageSession;
import org.kepu.portal.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Every person against every page and endpoint of science services on order. On the pages the
 * anonymous (and a resident, who has only their link) are sent to the login, accounts without a
 * scope (a creator, an editor) get 403, another town's 实践所 and a department or team the order
 * never reached get 404 (the order's number tells them nothing), the town holding it gets past the
 * rules. The API answers the same people 401, 403 and 404. Steps that pass the rules are sent
 * without their fields, so they are refused (302 back to the order's page, 400 or 409 from the API)
 * and nothing changes. Written to {@code target/service-order-authorization.md}.
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
    private final Map<String, ApiCaller> callers = new LinkedHashMap<>();
    private ServiceOrders.Placed order;
    private ServiceOrders.Placed atDepartment;
    private ServiceOrders.Placed atTeam;
    private long team;
    private long expert;
    private long volunteer;

    @BeforeEach
    void peopleAndAnOrder() {
        ServiceStaffFixture fixture = new ServiceStaffFixture(accounts, encoder, directory, orders, this::uri);
        team = fixture.team("矩阵服务队");
        String police = Long.toString(fixture.department("gongan"));
        people.put("anonymous", PageSession.anonymous(this::uri));
        people.put("resident (link)", PageSession.anonymous(this::uri));
        people.put("creator", fixture.account("m-creator", Set.of(Role.CREATOR)));
        people.put("editor", fixture.account("m-editor", Set.of(Role.EDITOR)));
        people.put("other town", fixture.staff("m-other", ScopeKind.TOWN, ServiceStaffFixture.OTHER_TOWN));
        people.put("department", fixture.staff("m-police", ScopeKind.DEPARTMENT, police));
        people.put("team", fixture.staff("m-team", ScopeKind.TEAM, Long.toString(team)));
        people.put("town", fixture.staff("m-town", ScopeKind.TOWN, ServiceStaffFixture.TOWN));
        people.put("admin", PageSession.login(this::uri, ADMIN, ADMIN_PASSWORD));
        people.put("expert", fixture.account("m-expert", Set.of()));
        callers.put("anonymous", new ApiCaller(this::uri, null));
        callers.put("resident (link)", new ApiCaller(this::uri, null));
        callers.put("creator", new ApiCaller(this::uri, fixture.basic("m-creator")));
        callers.put("editor", new ApiCaller(this::uri, fixture.basic("m-editor")));
        callers.put("other town", new ApiCaller(this::uri, fixture.basic("m-other")));
        callers.put("department", new ApiCaller(this::uri, fixture.basic("m-police")));
        callers.put("team", new ApiCaller(this::uri, fixture.basic("m-team")));
        callers.put("town", new ApiCaller(this::uri, fixture.basic("m-town")));
        String admin = ADMIN + ":" + ADMIN_PASSWORD;
        callers.put(
                "admin",
                new ApiCaller(
                        this::uri,
                        "Basic " + Base64.getEncoder().encodeToString(admin.getBytes(StandardCharsets.UTF_8))));
        callers.put("expert", new ApiCaller(this::uri, fixture.basic("m-expert")));
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
        // two more, held by the department and by the team, so that each gets past the rules once
        ServiceStaff setup = ServiceStaff.administrator("matrix-setup");
        atDepartment = fixture.order("矩阵部门讲座");
        orders.dispatchToDepartment(atDepartment.id(), Long.parseLong(police), null, setup);
        atTeam = fixture.order("矩阵队伍讲座");
        orders.dispatchToTeam(atTeam.id(), team, null, setup);
    }

    @Test
    void everyPersonGetsExactlyWhatTheirScopeAllows() {
        String o = "/services/orders/" + order.id();
        String e = "/admin/experts/" + expert;
        String v = "/admin/volunteers/teams/" + team + "/people";
        String year = Integer.toString(LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear());
        String nomination = "?year=" + year + "&volunteer=" + volunteer + "&category=WORKER";
        String steps = "/api/v1/service-orders/" + order.id();
        String link = "/services/orders/" + order.trackingToken();
        // expected: anonymous, resident (link), creator, editor, other town, department (not reached yet),
        // team (not reached yet), town, admin, expert (an account bound to the 专家库, no scope)
        List<Row> rows = List.of(
                // the 专家库: the dispatching side searches it (teams take orders, they do not pick experts)
                page("GET", "/services/experts", 302, 302, 403, 403, 200, 200, 403, 200, 200, 403),
                page(
                        "GET",
                        "/services/experts?attachTo=" + order.id(),
                        302,
                        302,
                        403,
                        403,
                        404,
                        404,
                        403,
                        200,
                        200,
                        403),
                // attaching: the order's town and its holder; sent without an expert, refused with a reason
                page("POST", o + "/experts", 302, 302, 403, 403, 404, 404, 404, 302, 302, 403),
                page("POST", o + "/experts/" + expert + "/detach", 302, 302, 403, 403, 404, 404, 404, 302, 302, 403),
                // hours and people: only the team of a completed order; the order is open, refused with a reason
                page("POST", o + "/hours", 302, 302, 403, 403, 404, 404, 404, 302, 302, 403),
                page("POST", o + "/volunteers", 302, 302, 403, 403, 404, 404, 404, 302, 302, 403),
                // the ranking: everyone who works on orders
                page("GET", "/services/ranking", 302, 302, 403, 403, 200, 200, 200, 200, 200, 403),
                // an expert's own page: only an account bound to the pool
                page("GET", "/services/expert", 302, 302, 403, 403, 403, 403, 403, 403, 403, 200),
                page("POST", "/services/expert/availability", 302, 302, 403, 403, 403, 403, 403, 403, 403, 302),
                // the pool, the teams, the points rule, nominations and exports: administrators
                page("GET", "/admin/experts", 302, 302, 403, 403, 403, 403, 403, 403, 200, 403),
                page("GET", "/admin/experts/new", 302, 302, 403, 403, 403, 403, 403, 403, 200, 403),
                page("GET", e, 302, 302, 403, 403, 403, 403, 403, 403, 200, 403),
                // sent empty: the form comes back with its problems
                page("POST", "/admin/experts", 302, 302, 403, 403, 403, 403, 403, 403, 200, 403),
                page("POST", e, 302, 302, 403, 403, 403, 403, 403, 403, 200, 403),
                page("POST", e + "/retire", 302, 302, 403, 403, 403, 403, 403, 403, 302, 403),
                page("POST", e + "/restore", 302, 302, 403, 403, 403, 403, 403, 403, 302, 403),
                page("GET", "/admin/volunteers", 302, 302, 403, 403, 403, 403, 403, 403, 200, 403),
                page("POST", "/admin/volunteers/teams", 302, 302, 403, 403, 403, 403, 403, 403, 302, 403),
                page("POST", v, 302, 302, 403, 403, 403, 403, 403, 403, 302, 403),
                page("POST", v + "/" + volunteer + "/retire", 302, 302, 403, 403, 403, 403, 403, 403, 302, 403),
                page("GET", "/admin/services", 302, 302, 403, 403, 403, 403, 403, 403, 200, 403),
                page("POST", "/admin/services/points-rule", 302, 302, 403, 403, 403, 403, 403, 403, 302, 403),
                page(
                        "POST",
                        "/admin/services/nominations" + nomination,
                        302,
                        302,
                        403,
                        403,
                        403,
                        403,
                        403,
                        403,
                        302,
                        403),
                page(
                        "POST",
                        "/admin/services/nominations/withdraw" + nomination,
                        302,
                        302,
                        403,
                        403,
                        403,
                        403,
                        403,
                        403,
                        302,
                        403),
                page(
                        "GET",
                        "/admin/services/report.xlsx?year=" + year,
                        302,
                        302,
                        403,
                        403,
                        403,
                        403,
                        403,
                        403,
                        200,
                        403),
                page(
                        "GET",
                        "/admin/services/nominations.xlsx?year=" + year,
                        302,
                        302,
                        403,
                        403,
                        403,
                        403,
                        403,
                        403,
                        200,
                        403),
                // the public side of the services and the indicators they feed: no login
                open("GET", "/services", 200, 200, 200, 200, 200, 200, 200, 200, 200, 200),
                open("GET", "/services/poster", 200, 200, 200, 200, 200, 200, 200, 200, 200, 200),
                open("GET", "/indicators", 200, 200, 200, 200, 200, 200, 200, 200, 200, 200),
                api("GET", "/api/v1/indicators", 200, 200, 200, 200, 200, 200, 200, 200, 200, 200),
                page("GET", "/services/orders", 302, 302, 403, 403, 200, 200, 200, 200, 200, 403),
                page("GET", o, 302, 302, 403, 403, 404, 404, 404, 200, 200, 403),
                page("POST", o + "/dispatch", 302, 302, 403, 403, 404, 404, 404, 302, 302, 403),
                page("POST", o + "/offer", 302, 302, 403, 403, 404, 404, 404, 302, 302, 403),
                page("POST", o + "/merge", 302, 302, 403, 403, 404, 404, 404, 302, 302, 403),
                page("POST", o + "/claim", 302, 302, 403, 403, 404, 404, 404, 302, 302, 403),
                page("POST", o + "/pass-on", 302, 302, 403, 403, 404, 404, 404, 302, 302, 403),
                page("POST", o + "/accept", 302, 302, 403, 403, 404, 404, 404, 302, 302, 403),
                page("POST", o + "/decline", 302, 302, 403, 403, 404, 404, 404, 302, 302, 403),
                page("POST", o + "/complete", 302, 302, 403, 403, 404, 404, 404, 302, 302, 403),
                page("POST", o + "/photos", 302, 302, 403, 403, 404, 404, 404, 302, 302, 403),
                page("POST", o + "/cancel", 302, 302, 403, 403, 404, 404, 404, 302, 302, 403),
                // no such order: the same answer as another town's
                page("GET", "/services/orders/999999999", 302, 302, 403, 403, 404, 404, 404, 404, 404, 403),
                // scopes are given by administrators only
                page("GET", "/admin/service-staff", 302, 302, 403, 403, 403, 403, 403, 403, 200, 403),
                page("POST", "/admin/service-staff", 302, 302, 403, 403, 403, 403, 403, 403, 302, 403),
                // the workbench: roles or a scope
                page("GET", "/workbench", 302, 302, 403, 200, 200, 200, 200, 200, 200, 403),
                // the resident's side stays public: the order form (sent empty: it comes back with its
                // problems), the link, the rating (refused before the service: back to the link)
                open("GET", "/services/order", 200, 200, 200, 200, 200, 200, 200, 200, 200, 200),
                open("POST", "/services/order", 200, 200, 200, 200, 200, 200, 200, 200, 200, 200),
                open("GET", link, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200),
                open("POST", link + "/rating", 302, 302, 302, 302, 302, 302, 302, 302, 302, 302),
                // the API: residents without an account, staff steps with credentials and a scope
                api("POST", "/api/v1/service-orders", 400, 400, 400, 400, 400, 400, 400, 400, 400, 400),
                api(
                        "GET",
                        "/api/v1/service-orders/" + order.trackingToken(),
                        200,
                        200,
                        200,
                        200,
                        200,
                        200,
                        200,
                        200,
                        200,
                        200),
                api("POST", steps + "/dispatch", 401, 401, 403, 403, 404, 404, 404, 400, 400, 403),
                api("POST", steps + "/claim", 401, 401, 403, 403, 404, 404, 404, 409, 409, 403),
                api("POST", steps + "/pass-on", 401, 401, 403, 403, 404, 404, 404, 400, 400, 403),
                api("POST", steps + "/accept", 401, 401, 403, 403, 404, 404, 404, 400, 400, 403),
                api("POST", steps + "/decline", 401, 401, 403, 403, 404, 404, 404, 400, 400, 403),
                api("POST", steps + "/complete", 401, 401, 403, 403, 404, 404, 404, 400, 400, 403),
                api("POST", steps + "/cancel", 401, 401, 403, 403, 404, 404, 404, 400, 400, 403),
                api("MULTIPART", steps + "/photos", 401, 401, 403, 403, 404, 404, 404, 409, 409, 403),
                api("POST", "/api/v1/service-orders/999999999/claim", 401, 401, 403, 403, 404, 404, 404, 404, 404, 403),
                // an order the department holds: it and the town (whose order it is) see it, the team does not
                page("GET", "/services/orders/" + atDepartment.id(), 302, 302, 403, 403, 404, 200, 404, 200, 200, 403),
                page(
                        "POST",
                        "/services/orders/" + atDepartment.id() + "/pass-on",
                        302,
                        302,
                        403,
                        403,
                        404,
                        302,
                        404,
                        302,
                        302,
                        403),
                api(
                        "POST",
                        "/api/v1/service-orders/" + atDepartment.id() + "/pass-on",
                        401,
                        401,
                        403,
                        403,
                        404,
                        400,
                        404,
                        400,
                        400,
                        403),
                // an order offered straight to the team: the department never had it
                page("GET", "/services/orders/" + atTeam.id(), 302, 302, 403, 403, 404, 404, 200, 200, 200, 403),
                page(
                        "POST",
                        "/services/orders/" + atTeam.id() + "/accept",
                        302,
                        302,
                        403,
                        403,
                        404,
                        404,
                        302,
                        302,
                        302,
                        403),
                api(
                        "POST",
                        "/api/v1/service-orders/" + atTeam.id() + "/accept",
                        401,
                        401,
                        403,
                        403,
                        404,
                        404,
                        400,
                        400,
                        400,
                        403));

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
                            .replaceAll("/" + atDepartment.id() + "(/|$)", "/{order at the department}$1")
                            .replaceAll("/" + atTeam.id() + "(/|$)", "/{order at the team}$1")
                            .replaceAll("attachTo=" + order.id(), "attachTo={order}")
                            .replaceAll("/experts/" + expert + "(/|$)", "/experts/{expert}$1")
                            .replaceAll("/people/" + volunteer + "/", "/people/{volunteer}/")
                            .replaceAll("/teams/" + team + "/", "/teams/{team}/")
                            .replaceAll("volunteer=" + volunteer, "volunteer={volunteer}"))
                    .append(" |");
            int i = 0;
            for (String person : people.keySet()) {
                int expected = row.expected()[i++];
                HttpResponse<String> answer = send(row, person);
                String location = answer.headers().firstValue("Location").orElse("");
                table.append(' ').append(answer.statusCode()).append(" |");
                boolean signedOut = person.equals("anonymous") || person.equals("resident (link)");
                if (answer.statusCode() != expected) {
                    wrong.add(row.method() + " " + row.path() + " as " + person + ": " + answer.statusCode()
                            + ", expected " + expected);
                } else if (expected == 302 && row.staff() && signedOut && !location.endsWith("/login")) {
                    wrong.add(row.method() + " " + row.path() + " as " + person + ": sent to " + location);
                } else if (expected == 302 && location.endsWith("/login") && !(signedOut && row.staff())) {
                    wrong.add(row.method() + " " + row.path() + " as " + person + ": sent to the login");
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
        assertThat(orders.photos(order.id())).isEmpty();
        assertThat(orders.byToken(atDepartment.trackingToken()).getStatus()).isEqualTo(ServiceOrderStatus.DISPATCHED);
        assertThat(orders.byToken(atTeam.trackingToken()).getStatus()).isEqualTo(ServiceOrderStatus.OFFERED);
    }

    private HttpResponse<String> send(Row row, String person) {
        if (row.api()) {
            ApiCaller caller = callers.get(person);
            return switch (row.method()) {
                case "GET" -> caller.get(row.path());
                case "MULTIPART" -> caller.postFiles(row.path(), "photos", Map.of());
                default -> caller.post(row.path(), "{}");
            };
        }
        PageSession session = people.get(person);
        return row.method().equals("GET") ? session.get(row.path()) : session.post(row.path());
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

    /** {@code staff}: a 302 for the signed-out means "to the login"; {@code api}: sent as the API is called. */
    private record Row(String method, String path, boolean staff, boolean api, int[] expected) {}

    private static Row page(String method, String path, int... expected) {
        return new Row(method, path, true, false, expected);
    }

    private static Row open(String method, String path, int... expected) {
        return new Row(method, path, false, false, expected);
    }

    private static Row api(String method, String path, int... expected) {
        return new Row(method, path, false, true, expected);
    }
}
