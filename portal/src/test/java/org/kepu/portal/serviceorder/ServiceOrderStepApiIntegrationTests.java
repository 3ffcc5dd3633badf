package org.kepu.portal.serviceorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kepu.content.account.Accounts;
import org.kepu.content.account.Role;
import org.kepu.content.serviceorder.ServiceDirectory;
import org.kepu.content.serviceorder.ServiceDirectory.ScopeKind;
import org.kepu.content.serviceorder.ServiceOrderStatus;
import org.kepu.content.serviceorder.ServiceOrders;
import org.kepu.portal.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * The staff steps through the API, as a mini program takes them: the town dispatches to the police
 * department, which claims and passes the order on; the team accepts, completes and adds photos. Each
 * person acts within their scope only; bad values name their fields and change nothing.
 */
class ServiceOrderStepApiIntegrationTests extends PortalIntegrationTest {

    @Autowired
    ServiceOrders orders;

    @Autowired
    ServiceDirectory directory;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Value("${kepu.blobs.folder}")
    String blobFolder;

    ServiceStaffFixture people;
    long team;
    long police;
    ApiCaller town;
    ApiCaller department;
    ApiCaller members;

    @BeforeEach
    void staff() {
        people = new ServiceStaffFixture(accounts, encoder, directory, orders, this::uri);
        team = people.team("接口宣讲队");
        police = people.department("gongan");
        people.staff("api-town", ScopeKind.TOWN, ServiceStaffFixture.TOWN);
        people.staff("api-police", ScopeKind.DEPARTMENT, Long.toString(police));
        people.staff("api-team", ScopeKind.TEAM, Long.toString(team));
        town = new ApiCaller(this::uri, people.basic("api-town"));
        department = new ApiCaller(this::uri, people.basic("api-police"));
        members = new ApiCaller(this::uri, people.basic("api-team"));
    }

    @Test
    void anOrderGoesThroughTownDepartmentAndTeamByTheApi() throws Exception {
        ServiceOrders.Placed placed = people.order("防电信诈骗讲座");
        String order = "/api/v1/service-orders/" + placed.id();

        assertThat(status(town.post(order + "/dispatch", "{\"department\":" + police + ",\"note\":\"请公安局安排\"}")))
                .isEqualTo("DISPATCHED");
        assertThat(status(department.post(order + "/claim", ""))).isEqualTo("CLAIMED");
        assertThat(status(department.post(order + "/pass-on", "{\"team\":" + team + "}")))
                .isEqualTo("OFFERED");
        assertThat(status(members.post(order + "/accept", "{\"people\":\"王警官、李老师\",\"date\":\"" + tomorrow() + "\"}")))
                .isEqualTo("ACCEPTED");
        assertThat(status(members.post(order + "/complete", "{\"attendance\":42,\"report\":\"讲解了冒充客服等骗局。\"}")))
                .isEqualTo("COMPLETED");

        HttpResponse<String> added = members.postFiles(
                order + "/photos",
                "photos",
                Map.of("现场1.jpg", SamplePhotos.jpeg(1200, 900), "现场2.jpg", SamplePhotos.jpeg(800, 600)));

        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        assertThat(json.readTree(added.body()).path("photos").asInt()).isEqualTo(2);
        JsonNode status = getJson("/api/v1/service-orders/" + placed.trackingToken());
        assertThat(status.path("photos")).hasSize(2);
        assertThat(status.path("photos").get(0).path("url").asString()).contains("/media/images/");
        assertThat(status.toString()).doesNotContain("api-team").doesNotContain("请公安局安排");
        assertThat(orders.byToken(placed.trackingToken()).getAttendance()).isEqualTo(42);
    }

    @Test
    void eachPersonActsOnlyWithinTheirScope() {
        ServiceOrders.Placed placed = people.order("冬季防火");
        String order = "/api/v1/service-orders/" + placed.id();
        people.staff("api-other", ScopeKind.TOWN, ServiceStaffFixture.OTHER_TOWN);
        people.account("api-creator", Set.of(Role.CREATOR));
        String dispatch = "{\"team\":" + team + "}";

        assertThat(new ApiCaller(this::uri, null)
                        .post(order + "/dispatch", dispatch)
                        .statusCode())
                .isEqualTo(401);
        assertThat(new ApiCaller(this::uri, people.basic("api-creator"))
                        .post(order + "/dispatch", dispatch)
                        .statusCode())
                .as("an account with no scope")
                .isEqualTo(403);
        assertThat(new ApiCaller(this::uri, people.basic("api-other"))
                        .post(order + "/dispatch", dispatch)
                        .statusCode())
                .as("another town's 实践所")
                .isEqualTo(404);
        assertThat(members.post(order + "/dispatch", dispatch).statusCode())
                .as("a team the order never reached")
                .isEqualTo(404);
        assertThat(department.post(order + "/claim", "").statusCode())
                .as("a department it was not dispatched to")
                .isEqualTo(404);
        assertThat(town.post(order + "/claim", "").statusCode())
                .as("the town sees it, but claiming is the department's step")
                .isEqualTo(409);
        assertThat(town.post("/api/v1/service-orders/999999999/claim", "").statusCode())
                .isEqualTo(404);
        assertThat(orders.byToken(placed.trackingToken()).getStatus()).isEqualTo(ServiceOrderStatus.ORDERED);
    }

    @Test
    void badValuesNameEachFieldAndChangeNothing() throws Exception {
        ServiceOrders.Placed placed = people.order("急救知识");
        String order = "/api/v1/service-orders/" + placed.id();

        assertThat(errors(town.post(order + "/dispatch", "{}"))).containsOnlyKeys("department", "team");
        assertThat(errors(town.post(order + "/dispatch", "{\"department\":1,\"team\":" + team + "}")))
                .containsOnlyKeys("department", "team");
        assertThat(errors(town.post(order + "/dispatch", "{\"team\":\"第一队\"}"))).containsOnlyKeys("team");
        assertThat(errors(town.post(order + "/dispatch", "{\"team\":999999999}")))
                .as("no such team")
                .containsOnlyKeys("team");
        assertThat(errors(town.post(order + "/cancel", "{\"reason\":\"  \"}"))).containsOnlyKeys("reason");
        assertThat(errors(town.post(order + "/cancel", "{\"reason\":\"" + "长".repeat(301) + "\"}")))
                .containsOnlyKeys("reason");
        HttpResponse<String> notJson = town.post(order + "/cancel", "{reason:");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");

        town.post(order + "/dispatch", "{\"team\":" + team + "}");
        assertThat(errors(members.post(order + "/accept", "{}"))).containsOnlyKeys("people", "date");
        assertThat(errors(members.post(order + "/accept", "{\"people\":\"甲\",\"date\":\"明天\"}")))
                .containsOnlyKeys("date");
        assertThat(errors(members.post(order + "/accept", "{\"people\":\"甲\",\"date\":\"2020-01-01\"}")))
                .as("a date in the past")
                .containsOnlyKeys("date");
        members.post(order + "/accept", "{\"people\":\"甲\",\"date\":\"" + tomorrow() + "\"}");
        assertThat(errors(members.post(order + "/complete", "{}"))).containsOnlyKeys("attendance", "report");
        assertThat(errors(members.post(order + "/complete", "{\"attendance\":0,\"report\":\"报告\"}")))
                .containsOnlyKeys("attendance");
        assertThat(errors(members.post(order + "/complete", "{\"attendance\":\"四十\",\"report\":\"报告\"}")))
                .containsOnlyKeys("attendance");
        assertThat(orders.byToken(placed.trackingToken()).getStatus()).isEqualTo(ServiceOrderStatus.ACCEPTED);
    }

    @Test
    void photosAreCheckedByContentCountAndSizeAndARefusalLeavesNoImage() throws Exception {
        ServiceOrders.Placed placed = people.order("科学养殖");
        String order = "/api/v1/service-orders/" + placed.id();
        town.post(order + "/dispatch", "{\"team\":" + team + "}");
        members.post(order + "/accept", "{\"people\":\"甲\",\"date\":\"" + tomorrow() + "\"}");

        assertThat(members.postFiles(order + "/photos", "photos", Map.of("早.jpg", SamplePhotos.jpeg(400, 300)))
                        .statusCode())
                .as("not completed yet")
                .isEqualTo(409);
        members.post(order + "/complete", "{\"attendance\":30,\"report\":\"讲解科学养殖。\"}");

        assertThat(errors(members.postFiles(order + "/photos", "photos", Map.of())))
                .containsOnlyKeys("photos");
        assertThat(errors(members.postFiles(
                        order + "/photos", "photos", Map.of("假照片.jpg", "这不是图片".getBytes(StandardCharsets.UTF_8)))))
                .containsOnlyKeys("photos");
        Map<String, byte[]> ten = new LinkedHashMap<>();
        for (int i = 0; i < 10; i++) {
            ten.put("照片" + i + ".jpg", SamplePhotos.jpeg(64, 48));
        }
        assertThat(errors(members.postFiles(order + "/photos", "photos", ten))).containsOnlyKeys("photos");
        Map<String, byte[]> nine = new LinkedHashMap<>(ten);
        nine.remove("照片9.jpg");
        nine.put("照片8.jpg", SamplePhotos.jpeg(64, 48));
        assertThat(members.postFiles(order + "/photos", "photos", nine).statusCode())
                .isEqualTo(200);
        long before = countImages();

        HttpResponse<String> tenth =
                members.postFiles(order + "/photos", "photos", Map.of("多一张.jpg", SamplePhotos.jpeg(64, 48)));

        assertThat(errors(tenth)).containsOnlyKeys("photos");
        assertThat(countImages())
                .as("the refused photo was stored and removed again")
                .isEqualTo(before);
        assertThat(orders.photos(placed.id())).hasSize(9);
    }

    /** Images in the folder blob store (the embedded default the tests run). */
    private long countImages() throws Exception {
        Path images = Path.of(blobFolder, "images");
        if (!Files.isDirectory(images)) {
            return 0;
        }
        try (Stream<Path> stored = Files.list(images)) {
            return stored.count();
        }
    }

    private Map<String, String> errors(HttpResponse<String> answer) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        Map<String, String> errors = new LinkedHashMap<>();
        json.readTree(answer.body())
                .path("errors")
                .properties()
                .forEach(e -> errors.put(e.getKey(), e.getValue().asString()));
        return errors;
    }

    private String status(HttpResponse<String> answer) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json.readTree(answer.body()).path("status").asString();
    }

    private static LocalDate tomorrow() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1);
    }
}
