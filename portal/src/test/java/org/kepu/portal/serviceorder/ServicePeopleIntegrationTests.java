package org.kepu.portal.serviceorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kepu.content.account.Accounts;
import org.kepu.content.serviceorder.ExpertDetails;
import org.kepu.content.serviceorder.Experts;
import org.kepu.content.serviceorder.RecordedHours;
import org.kepu.content.serviceorder.ServiceDirectory;
import org.kepu.content.serviceorder.ServiceDirectory.ScopeKind;
import org.kepu.content.serviceorder.ServiceOrders;
import org.kepu.content.serviceorder.ServiceStaff;
import org.kepu.content.serviceorder.Volunteer;
import org.kepu.content.serviceorder.Volunteers;
import org.kepu.portal.PageSession;
import org.kepu.portal.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * Experts, volunteers' hours, the indicators they feed, the year-end workbook and the public page,
 * through the pages and the API as staff, administrators and residents use them.
 */
class ServicePeopleIntegrationTests extends PortalIntegrationTest {

    @Autowired
    ServiceOrders orders;

    @Autowired
    ServiceDirectory directory;

    @Autowired
    Volunteers volunteers;

    @Autowired
    Experts experts;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    ServiceStaffFixture people;
    long team;
    PageSession town;
    PageSession members;
    PageSession admin;

    @BeforeEach
    void staff() {
        people = new ServiceStaffFixture(accounts, encoder, directory, orders, this::uri);
        team = people.team("反诈宣讲队");
        town = people.staff("p-town", ScopeKind.TOWN, ServiceStaffFixture.TOWN);
        members = people.staff("p-team", ScopeKind.TEAM, Long.toString(team));
        admin = PageSession.login(this::uri, ADMIN, ADMIN_PASSWORD);
    }

    @Test
    void aLectureOf42CompletedOnThePagesMovesTheComputedIndicatorsOfTheApiByExactlyThat() throws Exception {
        long order = accepted("防电信诈骗讲座");
        assertThat(admin.post("/admin/volunteers/teams/" + team + "/people", "name", "王警官")
                        .statusCode())
                .isEqualTo(302);
        assertThat(admin.post("/admin/volunteers/teams/" + team + "/people", "name", "李老师", "phone", "13900000002")
                        .statusCode())
                .isEqualTo(302);
        List<Volunteer> team = volunteers.ofTeam(this.team, false);
        Map<String, BigDecimal> before = computed();

        follow(
                members,
                members.post("/services/orders/" + order + "/complete", "attendance", "42", "report", "讲解了常见骗局。"));
        HttpResponse<String> hours = members.post(
                "/services/orders/" + order + "/hours",
                "hours-" + team.get(0).id(),
                "2.5",
                "hours-" + team.get(1).id(),
                "3");
        Map<String, BigDecimal> after = computed();

        assertThat(hours.statusCode()).isEqualTo(302);
        assertThat(follow(members, hours)).contains("志愿服务时长已保存");
        assertThat(after.get("service-lectures").subtract(before.get("service-lectures")))
                .isEqualByComparingTo("1");
        assertThat(after.get("service-people-reached").subtract(before.get("service-people-reached")))
                .isEqualByComparingTo("42");
        assertThat(after.get("volunteer-service-hours").subtract(before.get("volunteer-service-hours")))
                .isEqualByComparingTo("5.5");
        JsonNode typed = find(getJson("/api/v1/indicators"), "venue-area");
        assertThat(typed.path("source").asString()).isEqualTo("typed");
        JsonNode lectures = find(getJson("/api/v1/indicators"), "service-lectures");
        assertThat(lectures.path("name").asString()).isEqualTo("科普讲座");
        assertThat(lectures.path("unit").asString()).isEqualTo("场次");
        assertThat(lectures.path("target").decimalValue()).isPositive();
        assertThat(lectures.path("asOf").asString())
                .isEqualTo(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
        assertThat(get("/indicators").body()).contains("按完成的点单统计").contains("人工填报");
    }

    @Test
    void unreadableHoursAreRefusedAsAWholeAndWhatWasRecordedStays() {
        long order = accepted("健康讲座");
        Volunteer wang = volunteers.add(team, "王医生", null, ADMIN);
        Volunteer zhao = volunteers.add(team, "赵护士", null, ADMIN);
        follow(members, members.post("/services/orders/" + order + "/complete", "attendance", "20", "report", "量血压。"));
        follow(members, members.post("/services/orders/" + order + "/hours", "hours-" + wang.id(), "2"));

        String page = follow(
                members,
                members.post(
                        "/services/orders/" + order + "/hours",
                        "hours-" + wang.id(),
                        "3",
                        "hours-" + zhao.id(),
                        "两小时"));
        String tooLong =
                follow(members, members.post("/services/orders/" + order + "/hours", "hours-" + wang.id(), "30"));

        assertThat(page).contains("时长“两小时”看不懂");
        assertThat(follow(members, members.post("/services/orders/" + order + "/volunteers", "name", "新队员")))
                .contains("已登记志愿者")
                .contains("<span>新队员</span>");
        assertThat(follow(town, town.post("/services/orders/" + order + "/volunteers", "name", "别队的人")))
                .contains("只有完成服务的志愿服务队或管理员可以登记时长");
        assertThat(tooLong).contains("0.5 到 24 小时");
        assertThat(volunteers.hoursOf(order, ServiceStaff.administrator(ADMIN)))
                .singleElement()
                .extracting(RecordedHours::hours)
                .satisfies(h -> assertThat(h).isEqualByComparingTo("2"));
        assertThat(town.post("/services/orders/" + order + "/hours", "hours-" + wang.id(), "1")
                        .statusCode())
                .as("the town does not record the team's hours")
                .isEqualTo(302);
        assertThat(volunteers.hoursOf(order, ServiceStaff.administrator(ADMIN)))
                .singleElement()
                .extracting(RecordedHours::hours)
                .satisfies(h -> assertThat(h).isEqualByComparingTo("2"));
    }

    @Test
    void theExpertFormKeepsWhatWasTypedNamesEachProblemAndTheTownAttachesTheExpert() {
        String name = "李慧敏" + people.suffix;
        HttpResponse<String> wrong = admin.post(
                "/admin/experts",
                "name",
                name,
                "townCode",
                ServiceStaffFixture.TOWN,
                "phone",
                "12345",
                "chinese",
                "true");

        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body())
                .contains("value=\"" + name + "\"")
                .contains("请填写 11 位手机号")
                .contains("请选择 1 到 20 个专业领域");
        String column = firstColumn();
        HttpResponse<String> saved = admin.post(
                "/admin/experts",
                "name",
                name,
                "townCode",
                ServiceStaffFixture.TOWN,
                "specialties",
                column,
                "chinese",
                "true",
                "available",
                "true",
                "phone",
                "13904770009");
        assertThat(saved.statusCode()).isEqualTo(302);
        String expert = saved.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");

        assertThat(town.get("/services/experts?q=" + encode(name)).body()).contains("13904770009");
        PageSession otherTown = people.staff("p-other", ScopeKind.TOWN, ServiceStaffFixture.OTHER_TOWN);
        assertThat(otherTown.get("/services/experts?q=" + encode(name)).body())
                .contains("139****0009")
                .doesNotContain("13904770009");
        long order = people.order("防诈骗讲座").id();
        assertThat(town.post("/services/orders/" + order + "/experts", "expert", expert)
                        .statusCode())
                .isEqualTo(302);
        assertThat(town.get("/services/orders/" + order).body())
                .contains("已安排专家")
                .contains(name);
        assertThat(otherTown
                        .post("/services/orders/" + order + "/experts", "expert", expert)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void anExpertLandsOnTheOrdersTheyWereAttachedToSeesNoResidentsContactAndKeepsTheirAvailability() {
        PageSession expert = people.account("p-expert", Set.of());
        long id = experts.add(
                new ExpertDetails(
                        "乌云" + people.suffix,
                        null,
                        ServiceStaffFixture.TOWN,
                        null,
                        Set.of(Long.valueOf(firstColumn())),
                        true,
                        true,
                        true,
                        null,
                        "13904770011",
                        "p-expert-" + people.suffix),
                ADMIN);
        long order = people.order("草原防火讲座").id();
        follow(town, town.post("/services/orders/" + order + "/experts", "expert", Long.toString(id)));

        assertThat(expert.get("/login/landing").headers().firstValue("Location").orElse(""))
                .endsWith("/services/expert");
        assertThat(expert.get("/services/expert").body())
                .contains("草原防火讲座" + people.suffix)
                .doesNotContain(ServiceStaffFixture.PHONE)
                .doesNotContain("张大爷");
        String saved = follow(expert, expert.post("/services/expert/availability", "availability", "只在周末"));

        assertThat(saved).contains("已更新您的可服务时间");
        assertThat(experts.get(id).available()).isFalse();
        assertThat(experts.get(id).availability()).isEqualTo("只在周末");
        assertThat(expert.get("/services/orders/" + order).statusCode())
                .as("an expert is no staff: the order's staff page stays closed")
                .isEqualTo(403);
    }

    @Test
    void theYearReportIsAWorkbookWithTheBundlesHeadersAndNoResidentsContact() throws Exception {
        long order = accepted("防溺水讲座");
        follow(
                members,
                members.post("/services/orders/" + order + "/complete", "attendance", "35", "report", "讲了防溺水。"));
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

        HttpResponse<byte[]> report = admin.getBytes("/admin/services/report.xlsx?year=" + year);

        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        Map<String, List<List<String>>> sheets = read(report.body());
        assertThat(sheets.keySet()).containsExactly("点单", "队伍时长积分", "志愿者时长积分");
        assertThat(sheets.get("点单").get(0)).startsWith("编号", "点单日期", "科普内容", "类别");
        assertThat(sheets.get("点单")).anySatisfy(row -> assertThat(row).contains(Long.toString(order), "科普讲座", "35"));
        assertThat(sheets.values().stream().flatMap(List::stream).flatMap(List::stream))
                .noneMatch(cell -> cell.contains(ServiceStaffFixture.PHONE) || cell.contains("张大爷"));
        assertThat(admin.getBytes("/admin/services/report.xlsx?year=1999").statusCode())
                .isEqualTo(400);
        assertThat(admin.getBytes("/admin/services/nominations.xlsx?year=" + year)
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void thePublicPageNeedsNoLoginAndOffersTheOrderFormAndItsQrCode() {
        PageSession anyone = PageSession.anonymous(this::uri);

        HttpResponse<String> page = anyone.get("/services");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("href=\"/services/order\"")
                .contains("/qr.svg?path=/services/order")
                .contains("伊金霍洛镇")
                .contains("从点单到服务")
                .contains("<meta name=\"description\" content=\"想听什么科普，由群众点单");
        assertThat(anyone.get("/qr.svg?path=/services/order").body()).startsWith("<svg");
        assertThat(anyone.get("/services/poster").body()).contains("想听什么科普，您来点单");
    }

    private long accepted(String topic) {
        long order = people.order(topic).id();
        follow(town, town.post("/services/orders/" + order + "/offer", "team", Long.toString(team)));
        follow(
                members,
                members.post(
                        "/services/orders/" + order + "/accept",
                        "people",
                        "王警官、李老师",
                        "date",
                        LocalDate.now(ZoneId.of("Asia/Shanghai")).toString()));
        return order;
    }

    /** The page a post-redirect-get lands on, with the flash message of that post (and only that one). */
    private static String follow(PageSession session, HttpResponse<String> redirect) {
        assertThat(redirect.statusCode()).as(redirect.uri().toString()).isEqualTo(302);
        String location = redirect.headers().firstValue("Location").orElseThrow();
        return session.get(location.replaceFirst("^https?://[^/]+", "")).body();
    }

    private Map<String, BigDecimal> computed() throws Exception {
        Map<String, BigDecimal> values = new HashMap<>();
        for (JsonNode indicator : getJson("/api/v1/indicators")) {
            if (indicator.path("source").asString().equals("computed")) {
                values.put(
                        indicator.path("code").asString(),
                        indicator.path("value").decimalValue());
            }
        }
        return values;
    }

    private static JsonNode find(JsonNode indicators, String code) {
        for (JsonNode indicator : indicators) {
            if (indicator.path("code").asString().equals(code)) {
                return indicator;
            }
        }
        throw new AssertionError("No indicator " + code);
    }

    private String firstColumn() {
        String page = admin.get("/admin/experts/new").body();
        return page.replaceAll("(?s).*name=\"specialties\" value=\"([0-9]+)\".*", "$1");
    }

    private static Map<String, List<List<String>>> read(byte[] workbook) throws Exception {
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(workbook))) {
            for (Sheet sheet : book.getSheets().toList()) {
                List<List<String>> rows = new ArrayList<>();
                for (Row row : sheet.read()) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < row.getCellCount(); c++) {
                        cells.add(row.getCellText(c));
                    }
                    rows.add(cells);
                }
                sheets.put(sheet.getName(), rows);
            }
        }
        return sheets;
    }
}
