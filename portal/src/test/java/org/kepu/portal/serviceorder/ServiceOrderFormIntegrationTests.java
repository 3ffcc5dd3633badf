package org.kepu.portal.serviceorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kepu.content.serviceorder.ServiceDirectory;
import org.kepu.content.serviceorder.ServiceOrder;
import org.kepu.content.serviceorder.ServiceOrders;
import org.kepu.portal.PageSession;
import org.kepu.portal.PortalIntegrationTest;
import org.kepu.portal.signup.Captchas;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The resident's order form without a script: the picture captcha, the town's places listed by town
 * and checked on the server, each mistake next to its field with everything typed kept, and the
 * status link at the end.
 */
class ServiceOrderFormIntegrationTests extends PortalIntegrationTest {

    private static final Pattern CAPTCHA = Pattern.compile("name=\"captchaToken\" value=\"([^\"]+)\"");
    private static final Pattern TOKEN = Pattern.compile("/services/orders/([A-Za-z0-9_-]+)$");

    @Autowired
    Captchas captchas;

    @Autowired
    ServiceDirectory directory;

    @Autowired
    ServiceOrders orders;

    String suffix;
    ServiceDirectory.Place village;
    ServiceDirectory.Place elsewhere;

    @BeforeEach
    void places() {
        suffix = UUID.randomUUID().toString().substring(0, 6);
        village = directory.addPlace("ejinhoro", "表单村" + suffix, "村", true);
        elsewhere = directory.addPlace("jasag", "别镇嘎查" + suffix, "嘎查", true);
    }

    @Test
    void aVillageWorkerOrdersForAnElderAndKeepsTheLink() {
        PageSession resident = PageSession.anonymous(this::uri);
        HttpResponse<String> page = resident.get("/services/order");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("预约科普服务")
                .contains("表单村" + suffix)
                .contains("data-town=\"ejinhoro\"")
                .contains("老年人")
                .contains("180 天后自动删除");

        HttpResponse<String> sent = resident.post(
                "/services/order", fields(page.body(), "防电信诈骗讲座" + suffix, true).toArray(String[]::new));

        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
        String location = sent.headers().firstValue("Location").orElseThrow();
        Matcher token = TOKEN.matcher(location);
        assertThat(token.find()).as(location).isTrue();
        String status = resident.get("/services/orders/" + token.group(1)).body();
        assertThat(status).contains("点单成功").contains("data-tracking-url").contains(token.group(1));
        assertThat(resident.get("/services/orders/" + token.group(1)).body())
                .as("the notice shows once")
                .doesNotContain("点单成功");
        ServiceOrder stored = orders.byToken(token.group(1));
        assertThat(stored.getPlaceId()).isEqualTo(village.id());
        assertThat(stored.getAudienceCode()).isEqualTo("elderly");
        assertThat(stored.getExpectedAttendance()).isEqualTo(40);
        assertThat(stored.isOnBehalf()).isTrue();
        assertThat(stored.getOnBehalfUnit()).isEqualTo("新街村村委会");
    }

    @Test
    void theFormAndTheStatusPageSpeakMongolianUnderMn() {
        PageSession resident = PageSession.anonymous(this::uri);
        String form = resident.get("/mn/services/order").body();
        assertThat(form)
                .contains("lang=\"mn-Mong\"")
                .contains("ᠰᠢᠨᠵᠢᠯᠡᠬᠦ ᠤᠬᠠᠭᠠᠨ ᠤ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠵᠠᠬᠢᠶᠠᠯᠠᠬᠤ")
                .contains("180 ᠡᠳᠦᠷ")
                .doesNotContain("预约科普服务");
        HttpResponse<String> sent = resident.post(
                "/mn/services/order", fields(form, "防火讲座" + suffix, false).toArray(String[]::new));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
        Matcher token = TOKEN.matcher(sent.headers().firstValue("Location").orElseThrow());
        assertThat(token.find()).isTrue();
        String status = resident.get("/mn/services/orders/" + token.group(1)).body();
        assertThat(status)
                .contains("ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ ᠠᠮᠵᠢᠯᠲᠠ ᠲᠠᠢ")
                .contains("ᠬᠤᠪᠢᠶᠠᠷᠢᠯᠠᠬᠤ ᠶᠢ ᠬᠦᠯᠢᠶᠡᠵᠦ ᠪᠠᠢᠨ᠎ᠠ")
                .contains("ᠠᠷᠠᠳ ᠵᠠᠬᠢᠶᠠᠯᠠᠪᠠ");
    }

    @Test
    void mistakesComeBackNextToTheirFieldsWithEverythingTypedAndTheCaptchaUnspent() {
        PageSession resident = PageSession.anonymous(this::uri);
        String page = resident.get("/services/order").body();
        List<String> wrong = new ArrayList<>(fields(page, "", true));
        set(wrong, "place", Long.toString(elsewhere.id()));
        set(wrong, "expectedAttendance", "四十");
        set(wrong, "contactPhone", "12345");
        set(wrong, "onBehalfUnit", "");

        HttpResponse<String> back = resident.post("/services/order", wrong.toArray(String[]::new));

        assertThat(back.statusCode()).isEqualTo(200);
        assertThat(back.body())
                .contains("请按提示修改")
                .contains("请写明想听的科普内容")
                .contains("不在所选的镇")
                .contains("预计人数应在 1 到")
                .contains("请填写 11 位手机号")
                .contains("代为下单时请写明")
                .contains("value=\"四十\"")
                .contains("value=\"张大爷\"")
                .contains("value=\"12 月中旬的周末上午\"")
                .as("the box stays ticked")
                .containsPattern("name=\"onBehalf\" value=\"true\"[^>]*checked");

        // the picture answered with the mistakes was not spent on them
        List<String> fixed = new ArrayList<>(wrong);
        set(fixed, "topic", "冬季防火" + suffix);
        set(fixed, "place", Long.toString(village.id()));
        set(fixed, "expectedAttendance", "40");
        set(fixed, "contactPhone", "13800138000");
        set(fixed, "onBehalfUnit", "新街村村委会");
        assertThat(resident.post("/services/order", fixed.toArray(String[]::new))
                        .statusCode())
                .isEqualTo(302);
    }

    @Test
    void aWrongPictureAnswerOrdersNothing() {
        PageSession resident = PageSession.anonymous(this::uri);
        List<String> sent =
                new ArrayList<>(fields(resident.get("/services/order").body(), "天文观测" + suffix, false));
        set(sent, "captcha", "XXXX");

        HttpResponse<String> back = resident.post("/services/order", sent.toArray(String[]::new));

        assertThat(back.statusCode()).isEqualTo(200);
        assertThat(back.body()).contains("请勾选“我不是机器人”").contains("value=\"天文观测" + suffix + "\"");
        assertThat(orders.visibleTo(org.kepu.content.serviceorder.ServiceStaff.administrator("t")))
                .noneMatch(v -> v.order().getTopic().equals("天文观测" + suffix));
    }

    private List<String> fields(String page, String topic, boolean onBehalf) {
        Matcher captcha = CAPTCHA.matcher(page);
        assertThat(captcha.find()).isTrue();
        List<String> fields = new ArrayList<>(List.of(
                "topic", topic,
                "column", "",
                "town", "ejinhoro",
                "place", Long.toString(village.id()),
                "address", "",
                "audience", "elderly",
                "expectedAttendance", "40",
                "preferredDates", "12 月中旬的周末上午",
                "contactName", "张大爷",
                "contactPhone", "13800138000",
                "consent", "true",
                "onBehalfUnit", "新街村村委会",
                "captchaToken", captcha.group(1),
                "captcha", captchas.answerOf(captcha.group(1)).orElseThrow()));
        if (onBehalf) {
            fields.addAll(List.of("onBehalf", "true"));
        }
        return fields;
    }

    private static void set(List<String> fields, String name, String value) {
        for (int i = 0; i + 1 < fields.size(); i += 2) {
            if (fields.get(i).equals(name)) {
                fields.set(i + 1, value);
                return;
            }
        }
        fields.add(name);
        fields.add(value);
    }
}
