package org.kepu.portal.serviceorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The staff pages of science services on order, used as a town's 实践所 and a volunteer team use
 * them: each step taken on the pages shows on the resident's status page; another town's staff
 * neither see nor act on the order.
 */
class ServiceOrderDeskIntegrationTests extends PortalIntegrationTest {

    @Autowired
    ServiceOrders orders;

    @Autowired
    ServiceDirectory directory;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    ServiceStaffFixture people;

    @BeforeEach
    void fixture() {
        people = new ServiceStaffFixture(accounts, encoder, directory, orders, this::uri);
    }

    @Test
    void theTownDispatchesToATeamWhichAcceptsAndCompletesAndTheResidentSeesEachStep() {
        long team = people.team("反诈宣讲队");
        PageSession town = people.staff("town", ScopeKind.TOWN, ServiceStaffFixture.TOWN);
        PageSession members = people.staff("team", ScopeKind.TEAM, Long.toString(team));
        PageSession resident = PageSession.anonymous(this::uri);
        ServiceOrders.Placed placed = people.order("防电信诈骗讲座");
        String page = "/services/orders/" + placed.id();
        String status = "/services/orders/" + placed.trackingToken();

        String desk = town.get("/services/orders").body();
        String scope = desk.substring(desk.indexOf("data-scope"), desk.indexOf("</div>", desk.indexOf("data-scope")));
        assertThat(scope)
                .as("the desk names whom the person acts for")
                .contains("实践所")
                .contains("伊金霍洛镇");
        assertThat(section(desk, "ORDERED"))
                .as("a new order waits for the town's dispatch, with the contact in full for the town")
                .contains("防电信诈骗讲座" + people.suffix)
                .contains(ServiceStaffFixture.PHONE);
        assertThat(town.get(page).body()).contains("data-action=\"offer\"").contains("data-action=\"dispatch\"");

        HttpResponse<String> offered = town.post(page + "/offer", "team", Long.toString(team), "note", "内部备注：请王队长安排");
        assertThat(offered.statusCode()).isEqualTo(302);
        assertThat(offered.headers().firstValue("Location").orElse("")).endsWith(page);
        String afterOffer = town.get(page).body();
        assertThat(afterOffer)
                .contains("已派给志愿服务队。")
                .contains("内部备注：请王队长安排")
                .as("the team holds it now: the town sees the contact masked and no more steps but cancelling")
                .contains("138****8000")
                .doesNotContain(ServiceStaffFixture.PHONE)
                .doesNotContain("data-action=\"offer\"")
                .contains("data-action=\"cancel\"");
        assertThat(resident.get(status).body())
                .contains("已派给反诈宣讲队" + people.suffix + "，等待接单")
                .doesNotContain("内部备注");

        assertThat(section(members.get("/services/orders").body(), "OFFERED"))
                .contains("防电信诈骗讲座" + people.suffix)
                .contains(ServiceStaffFixture.PHONE);
        LocalDate date = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(2);
        assertThat(members.post(page + "/accept", "people", "王志愿、李志愿", "date", date.toString())
                        .statusCode())
                .isEqualTo(302);
        // a browser follows each redirect: the flash message is read there
        assertThat(members.get(page).body()).contains("已接单，点单人能看到服务日期").contains("王志愿、李志愿");
        assertThat(resident.get(status).body()).contains("已接单，服务日期 " + date);

        HttpResponse<String> refused = members.post(page + "/complete", "attendance", "0", "report", "讲了常见骗局。");
        assertThat(refused.statusCode())
                .as("a refused step goes back to the page")
                .isEqualTo(302);
        assertThat(refused.headers().firstValue("Location").orElse("")).endsWith(page);
        assertThat(members.get(page).body()).contains("参加人数应在 1 到 10000 之间").contains("data-action=\"complete\"");

        assertThat(members.post(page + "/complete", "attendance", "42", "report", "讲了冒充客服、刷单返利等常见骗局。")
                        .statusCode())
                .isEqualTo(302);
        assertThat(members.get(page).body()).contains("已登记完成").contains("讲了冒充客服");
        assertThat(resident.get(status).body())
                .contains("群众点单")
                .contains("社区派单")
                .contains("队伍接单")
                .contains("服务已完成，参加 42 人")
                .doesNotContain("王志愿")
                .doesNotContain("team-" + people.suffix);
        assertThat(section(town.get("/services/orders").body(), "CLOSED")).contains("防电信诈骗讲座" + people.suffix);
        assertThat(orders.byToken(placed.trackingToken()).getStatus()).isEqualTo(ServiceOrderStatus.COMPLETED);
    }

    @Test
    void aDepartmentClaimsTheOrderAndPassesItOnToATeam() {
        long police = directory.departments().stream()
                .filter(d -> d.code().equals("gongan"))
                .findFirst()
                .orElseThrow()
                .id();
        long team = people.team("公安反诈队");
        PageSession town = people.staff("d-town", ScopeKind.TOWN, ServiceStaffFixture.TOWN);
        PageSession department = people.staff("d-police", ScopeKind.DEPARTMENT, Long.toString(police));
        ServiceOrders.Placed placed = people.order("反诈骗宣传");
        String page = "/services/orders/" + placed.id();

        town.post(page + "/dispatch", "department", Long.toString(police));
        assertThat(section(department.get("/services/orders").body(), "DISPATCHED"))
                .contains("反诈骗宣传" + people.suffix);
        assertThat(department.get(page).body()).contains("data-action=\"claim\"");
        assertThat(department.post(page + "/claim").statusCode()).isEqualTo(302);
        assertThat(department.get(page).body()).contains("data-action=\"pass-on\"");
        department.post(page + "/pass-on", "team", Long.toString(team));

        assertThat(orders.byToken(placed.trackingToken()).getStatus()).isEqualTo(ServiceOrderStatus.OFFERED);
        assertThat(PageSession.anonymous(this::uri)
                        .get("/services/orders/" + placed.trackingToken())
                        .body())
                .contains("已派给旗公安局")
                .contains("旗公安局已领单")
                .contains("已派给公安反诈队" + people.suffix);
    }

    @Test
    void theTownMergesADuplicateAndCancelsAnOrderWithAReasonTheResidentReads() {
        PageSession town = people.staff("m-town", ScopeKind.TOWN, ServiceStaffFixture.TOWN);
        ServiceOrders.Placed kept = people.order("科学种植讲座");
        ServiceOrders.Placed duplicate = people.order("科学种植讲座（重复）");
        ServiceOrders.Placed cancelled = people.order("用电安全讲座");

        assertThat(town.get("/services/orders/" + duplicate.id()).body())
                .contains("<option value=\"" + kept.id() + "\"");
        town.post("/services/orders/" + duplicate.id() + "/merge", "into", Long.toString(kept.id()));
        town.post("/services/orders/" + cancelled.id() + "/cancel", "reason", "村里已安排同类讲座");

        assertThat(orders.byToken(duplicate.trackingToken()).getStatus()).isEqualTo(ServiceOrderStatus.MERGED);
        assertThat(town.get("/services/orders/" + duplicate.id()).body())
                .contains("href=\"/services/orders/" + kept.id() + "\"");
        assertThat(PageSession.anonymous(this::uri)
                        .get("/services/orders/" + cancelled.trackingToken())
                        .body())
                .contains("点单已取消：村里已安排同类讲座");
    }

    @Test
    void anotherTownsStaffNeitherSeeNorActOnTheOrder() {
        long team = people.team("健康义诊队");
        PageSession other = people.staff("other-town", ScopeKind.TOWN, ServiceStaffFixture.OTHER_TOWN);
        ServiceOrders.Placed placed = people.order("健康讲座");
        String page = "/services/orders/" + placed.id();

        assertThat(other.get("/services/orders").body()).doesNotContain("健康讲座" + people.suffix);
        assertThat(other.get(page).statusCode())
                .as("as if there were no such order")
                .isEqualTo(404);
        assertThat(other.post(page + "/offer", "team", Long.toString(team)).statusCode())
                .isEqualTo(404);
        assertThat(other.post(page + "/cancel", "reason", "不是本镇的").statusCode()).isEqualTo(404);
        assertThat(orders.byToken(placed.trackingToken()).getStatus()).isEqualTo(ServiceOrderStatus.ORDERED);
        assertThat(orders.timeline(placed.id())).hasSize(1);
    }

    @Test
    void anOverdueOrderIsFlaggedWithTheReasonForWhoeverHoldsIt() {
        PageSession town = people.staff("late-town", ScopeKind.TOWN, ServiceStaffFixture.TOWN);
        ServiceOrders.Placed placed = people.order("防溺水讲座");
        jdbc.sql("update service_order set created_at = ? where id = ?")
                .params(Timestamp.from(Instant.now().minus(Duration.ofDays(4))), placed.id())
                .update();

        String ordered = section(town.get("/services/orders").body(), "ORDERED");
        String card = ordered.substring(ordered.indexOf("data-order=\"" + placed.id() + "\""));
        assertThat(card.substring(0, card.indexOf("</li>")))
                .contains("防溺水讲座" + people.suffix)
                .contains("超期")
                .contains("超过 3 天未派单");
        assertThat(town.get("/services/orders/" + placed.id()).body()).contains("超期：超过 3 天未派单");
    }

    @Test
    void aScopeOpensTheWorkbenchAndItsLinkAnEditorWithoutOneHasNeither() {
        PageSession town = people.staff("wb-town", ScopeKind.TOWN, ServiceStaffFixture.TOWN);
        PageSession editor = people.account("wb-editor", Set.of(Role.EDITOR));

        assertThat(town.get("/login/landing").headers().firstValue("Location").orElse(""))
                .endsWith("/workbench");
        HttpResponse<String> workbench = town.get("/workbench");
        assertThat(workbench.statusCode()).isEqualTo(200);
        assertThat(workbench.body()).contains("href=\"/services/orders\"").contains("科普服务人员");
        assertThat(town.get("/").body()).as("the layout offers the workbench").contains("href=\"/workbench\"");
        assertThat(editor.get("/workbench").body()).doesNotContain("href=\"/services/orders\"");
        assertThat(editor.get("/services/orders").statusCode()).isEqualTo(403);
    }

    @Test
    void anAdministratorGivesAndTakesAScopeOnItsPageAndItCountsAtOnce() {
        PageSession later = people.account("scope-later", Set.of());
        String username = "scope-later-" + people.suffix;
        PageSession admin = PageSession.login(this::uri, ADMIN, ADMIN_PASSWORD);
        assertThat(later.get("/services/orders").statusCode()).isEqualTo(403);

        assertThat(admin.post("/admin/service-staff", "username", username, "scope", "TOWN:ejinhoro")
                        .statusCode())
                .isEqualTo(302);
        assertThat(admin.get("/admin/service-staff").body()).contains("已绑定办理范围").contains(username);
        assertThat(later.get("/services/orders").statusCode())
                .as("without signing in again")
                .isEqualTo(200);

        long id = accounts.findByUsername(username).orElseThrow().getId();
        assertThat(admin.post("/admin/service-staff/revoke", "account", Long.toString(id), "scope", "TOWN:ejinhoro")
                        .statusCode())
                .isEqualTo(302);
        assertThat(later.get("/services/orders").statusCode()).isEqualTo(403);
        admin.post("/admin/service-staff", "username", "no-such-" + people.suffix, "scope", "TOWN:ejinhoro");
        assertThat(admin.get("/admin/service-staff").body()).contains("没有这个账号：no-such-" + people.suffix);
    }

    /** The part of the desk under one group's heading. */
    private static String section(String desk, String group) {
        int start = desk.indexOf("data-group=\"" + group + "\"");
        assertThat(start).as("the desk has the group %s", group).isNotNegative();
        int end = desk.indexOf("</section>", start);
        return desk.substring(start, end);
    }
}
