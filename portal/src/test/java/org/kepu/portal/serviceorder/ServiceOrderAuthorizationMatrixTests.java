package org.kepu.portal.serviceorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kepu.content.account.Accounts;
import org.kepu.content.account.Role;
import org.kepu.content.serviceorder.ServiceDirectory;
import org.kepu.content.serviceorder.ServiceDirectory.ScopeKind;
import org.kepu.content.serviceorder.ServiceOrderStatus;
import org.kepu.content.serviceorder.ServiceOrders;
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

    private final Map<String, PageSession> people = new LinkedHashMap<>();
    private ServiceOrders.Placed order;

    @BeforeEach
    void peopleAndAnOrder() {
        ServiceStaffFixture fixture = new ServiceStaffFixture(accounts, encoder, directory, orders, this::uri);
        long team = fixture.team("矩阵服务队");
        people.put("anonymous", PageSession.anonymous(this::uri));
        people.put("creator", fixture.account("m-creator", Set.of(Role.CREATOR)));
        people.put("editor", fixture.account("m-editor", Set.of(Role.EDITOR)));
        people.put("other town", fixture.staff("m-other", ScopeKind.TOWN, ServiceStaffFixture.OTHER_TOWN));
        people.put("team", fixture.staff("m-team", ScopeKind.TEAM, Long.toString(team)));
        people.put("town", fixture.staff("m-town", ScopeKind.TOWN, ServiceStaffFixture.TOWN));
        people.put("admin", PageSession.login(this::uri, ADMIN, ADMIN_PASSWORD));
        order = fixture.order("矩阵讲座");
    }

    @Test
    void everyPersonGetsExactlyWhatTheirScopeAllows() {
        String o = "/services/orders/" + order.id();
        // expected: anonymous, creator, editor, other town, team (not reached yet), town, admin
        List<Row> rows = List.of(
                get("/services/orders", 302, 403, 403, 200, 200, 200, 200),
                get(o, 302, 403, 403, 404, 404, 200, 200),
                post(o + "/dispatch", 302, 403, 403, 404, 404, 302, 302),
                post(o + "/offer", 302, 403, 403, 404, 404, 302, 302),
                post(o + "/merge", 302, 403, 403, 404, 404, 302, 302),
                post(o + "/claim", 302, 403, 403, 404, 404, 302, 302),
                post(o + "/pass-on", 302, 403, 403, 404, 404, 302, 302),
                post(o + "/accept", 302, 403, 403, 404, 404, 302, 302),
                post(o + "/decline", 302, 403, 403, 404, 404, 302, 302),
                post(o + "/complete", 302, 403, 403, 404, 404, 302, 302),
                post(o + "/cancel", 302, 403, 403, 404, 404, 302, 302),
                // no such order: the same answer as another town's
                get("/services/orders/999999999", 302, 403, 403, 404, 404, 404, 404),
                // scopes are given by administrators only
                get("/admin/service-staff", 302, 403, 403, 403, 403, 403, 200),
                post("/admin/service-staff", 302, 403, 403, 403, 403, 403, 302),
                // the workbench: roles or a scope
                get("/workbench", 302, 403, 200, 200, 200, 200, 200),
                // the resident's link stays public
                get("/services/orders/" + order.trackingToken(), 200, 200, 200, 200, 200, 200, 200));

        List<String> wrong = new ArrayList<>();
        StringBuilder table = new StringBuilder("| request | " + String.join(" | ", people.keySet()) + " |\n");
        table.append("| --- |").append(" --- |".repeat(people.size())).append('\n');
        for (Row row : rows) {
            table.append("| ")
                    .append(row.method())
                    .append(' ')
                    .append(row.path()
                            .replace(order.trackingToken(), "{tracking-token}")
                            .replaceAll("/" + order.id() + "(/|$)", "/{order}$1"))
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
