package org.kepu.portal.serviceorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Set;
import org.altcha.altcha.Altcha;
import org.junit.jupiter.api.Test;
import org.kepu.content.serviceorder.ServiceDirectory;
import org.kepu.content.serviceorder.ServiceOrders;
import org.kepu.content.serviceorder.ServiceStaff;
import org.kepu.portal.PageSession;
import org.kepu.portal.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** A resident orders a science service through the API and follows it by the tracking token. */
class ServiceOrderApiIntegrationTests extends PortalIntegrationTest {

    @Autowired
    ServiceOrders orders;

    @Autowired
    ServiceDirectory directory;

    @Test
    void aResidentOrdersWithoutAnAccountAndFollowsTheOrderByItsToken() throws Exception {
        HttpResponse<String> created = order(valid(solvedChallenge()));

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode placed = json.readTree(created.body());
        String token = placed.path("trackingToken").asString();
        assertThat(token).hasSizeGreaterThanOrEqualTo(22);
        assertThat(placed.path("trackingUrl").asString()).endsWith("/services/orders/" + token);

        long team = directory
                .addTeam("反诈宣讲队-" + token.substring(0, 6), "ejinhoro", null, Instant.now())
                .id();
        orders.dispatchToTeam(
                placed.path("id").asLong(),
                team,
                "内部备注：请王队长安排",
                new ServiceStaff("town-staff-api", Set.of("ejinhoro"), Set.of(), Set.of(), false));

        JsonNode status = getJson("/api/v1/service-orders/" + token);
        assertThat(status.path("status").asString()).isEqualTo("OFFERED");
        assertThat(status.path("timeline")).hasSize(2);
        assertThat(status.toString())
                .as("the resident sees no staff names, internal notes or contacts")
                .doesNotContain("town-staff-api")
                .doesNotContain("内部备注")
                .doesNotContain("13800138000");
        assertThat(status.path("label").asString()).isEqualTo("待队伍接单");
        assertThat(status.path("timeline").get(1).path("note").asString())
                .isEqualTo("已派给反诈宣讲队-" + token.substring(0, 6) + "，等待接单。");
        JsonNode mongolian = getJson("/api/v1/service-orders/" + token + "?lang=mn");
        assertThat(mongolian.path("label").asString()).isEqualTo("ᠪᠠᠭ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ ᠶᠢ ᠬᠦᠯᠢᠶᠡᠵᠦ ᠪᠠᠢᠨ᠎ᠠ");
        assertThat(mongolian.path("timeline").get(1).path("note").asString())
                .startsWith("反诈宣讲队-" + token.substring(0, 6) + " ᠳᠤ ᠬᠤᠪᠢᠶᠠᠷᠢᠯᠠᠪᠠ");
        assertThat(get("/api/v1/service-orders/" + token + "?lang=en").statusCode())
                .isEqualTo(400);
        assertThat(get("/api/v1/service-orders/no-such-token").statusCode()).isEqualTo(404);

        HttpResponse<String> page = get("/services/orders/" + token);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(page.body())
                .contains("防电信诈骗讲座")
                .contains("待队伍接单")
                .contains("已派给反诈宣讲队")
                .doesNotContain("内部备注")
                .doesNotContain("13800138000");
        assertThat(get("/services/orders/no-such-token").statusCode()).isEqualTo(404);
    }

    @Test
    void theResidentRatesAHeldServiceOnTheStatusPageOnce() throws Exception {
        JsonNode placed = json.readTree(order(valid(solvedChallenge())).body());
        String token = placed.path("trackingToken").asString();
        long id = placed.path("id").asLong();
        long team = directory
                .addTeam("评价测试队-" + token.substring(0, 6), "ejinhoro", null, Instant.now())
                .id();
        ServiceStaff town = new ServiceStaff("town-rating", Set.of("ejinhoro"), Set.of(), Set.of(), false);
        ServiceStaff members = new ServiceStaff("team-rating", Set.of(), Set.of(), Set.of(team), false);
        orders.dispatchToTeam(id, team, null, town);
        orders.accept(id, "志愿者甲", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1), members);
        orders.complete(id, 42, "讲解了常见骗局。", members);
        PageSession resident = PageSession.anonymous(this::uri);
        assertThat(resident.get("/services/orders/" + token).body()).contains("给这次服务打分");

        assertThat(resident.post("/services/orders/" + token + "/rating", "rating", "5", "comment", "讲得很清楚")
                        .statusCode())
                .isEqualTo(302);
        String after = resident.get("/services/orders/" + token).body();
        assertThat(after).contains("谢谢您的评价").contains("5 星").doesNotContain("给这次服务打分");
        assertThat(resident.post("/services/orders/" + token + "/rating", "rating", "1")
                        .statusCode())
                .isEqualTo(302);
        assertThat(resident.get("/services/orders/" + token).body()).contains("已经评价过");
        assertThat(orders.byToken(token).getRating()).isEqualTo(5);
    }

    @Test
    void aBadOrderNamesEachFieldAndAnOrderWithoutProofOfWorkIsRefused() throws Exception {
        String incomplete = "{\"topic\":\"\",\"town\":\"ejinhoro\",\"village\":\"\",\"expectedAttendance\":0,"
                + "\"preferredDates\":\"\",\"contactName\":\"\",\"contactPhone\":\"123\",\"consent\":false,"
                + "\"proofOfWork\":\"" + solvedChallenge() + "\"}";

        HttpResponse<String> refused = order(incomplete);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json.readTree(refused.body()).path("errors").propertyNames())
                .containsExactlyInAnyOrder(
                        "topic",
                        "village",
                        "expectedAttendance",
                        "preferredDates",
                        "contactName",
                        "contactPhone",
                        "consent");
        assertThat(order(valid("bm90LWEtc29sdXRpb24=")).statusCode()).isEqualTo(403);
    }

    private String valid(String proofOfWork) {
        return "{\"topic\":\"防电信诈骗讲座\",\"town\":\"ejinhoro\",\"village\":\"新街村\",\"audience\":\"elderly\","
                + "\"expectedAttendance\":40,\"preferredDates\":\"12 月中旬的周末上午\",\"contactName\":\"张大爷\","
                + "\"contactPhone\":\"13800138000\",\"consent\":true,\"proofOfWork\":\"" + proofOfWork + "\"}";
    }

    private HttpResponse<String> order(String body) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(uri("/api/v1/service-orders"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String solvedChallenge() throws Exception {
        JsonNode challenge = getJson("/api/v1/service-orders/challenge");
        Altcha.Solution solution = Altcha.solveChallenge(
                challenge.path("challenge").asString(),
                challenge.path("salt").asString(),
                Altcha.Algorithm.SHA256,
                challenge.path("maxnumber").asLong(),
                0);
        String payload = "{\"algorithm\":\"SHA-256\",\"challenge\":\""
                + challenge.path("challenge").asString()
                + "\",\"number\":" + solution.number + ",\"salt\":\""
                + challenge.path("salt").asString()
                + "\",\"signature\":\"" + challenge.path("signature").asString() + "\"}";
        return Base64.getEncoder().encodeToString(payload.getBytes(StandardCharsets.UTF_8));
    }
}
