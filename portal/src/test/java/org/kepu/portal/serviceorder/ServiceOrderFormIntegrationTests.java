package org.kepu.portal.serviceorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kepu.content.serviceorder.NewServiceOrder;
import org.kepu.content.serviceorder.ServiceDirectory;
import org.kepu.content.serviceorder.ServiceOrder;
import org.kepu.content.serviceorder.ServiceOrders;
import org.kepu.content.serviceorder.ServiceStaff;
import org.kepu.content.serviceorder.TimelineEntry;
import org.kepu.portal.PageSession;
import org.kepu.portal.PortalIntegrationTest;
import org.kepu.portal.signup.Captchas;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

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

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    MessageSource messages;

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
    void aRefusedMongolianFormSaysWhyInMongolian() {
        PageSession resident = PageSession.anonymous(this::uri);
        List<String> wrong =
                new ArrayList<>(fields(resident.get("/mn/services/order").body(), "", true));
        set(wrong, "place", Long.toString(elsewhere.id()));
        set(wrong, "expectedAttendance", "0");
        set(wrong, "contactPhone", "12345");
        set(wrong, "onBehalfUnit", "");

        HttpResponse<String> back = resident.post("/mn/services/order", wrong.toArray(String[]::new));

        assertThat(back.statusCode()).isEqualTo(200);
        assertThat(back.body())
                .contains("ᠰᠣᠨᠣᠰᠬᠤ ᠰᠢᠨᠵᠢᠯᠡᠬᠦ ᠤᠬᠠᠭᠠᠨ ᠤ ᠠᠭᠤᠯᠭ᠎ᠠ ᠪᠠᠨ ᠪᠢᠴᠢᠭᠡᠷᠡᠢ")
                .contains("ᠰᠣᠩᠭᠣᠭᠰᠠᠨ ᠰᠤᠮᠤ ᠪᠠᠯᠭᠠᠰᠤ ᠳᠤ ᠪᠠᠢᠬᠤ ᠦᠭᠡᠢ")
                .contains("1 ᠡᠴᠡ 10000 ᠬᠦᠷᠲᠡᠯᠡ")
                .contains("11 ᠤᠷᠤᠨ ᠲᠠᠢ ᠭᠠᠷ ᠤᠲᠠᠰᠤᠨ ᠤ ᠨᠣᠮᠧᠷ")
                .contains("(60 ᠦᠰᠦᠭ ᠡᠴᠡ ᠬᠡᠲᠦᠷᠡᠬᠦ ᠦᠭᠡᠢ)")
                .doesNotContain("请写明想听的科普内容", "不在所选的镇", "预计人数应在", "请填写 11 位手机号", "代为下单时请写明");
    }

    @Test
    void theStatusPageWordsNotesWrittenBeforeCodesInTheReadersLanguage() {
        ServiceStaff staff = ServiceStaff.administrator("form-test-" + suffix);
        long team = directory
                .addTeam("科普宣讲队" + suffix, "ejinhoro", null, Instant.now())
                .id();
        ServiceOrders.Placed placed = orders.place(new NewServiceOrder(
                "防火讲座" + suffix, null, "ejinhoro", village.id(), null, null, 30, "周末", "张大爷", "13800138000", true));
        orders.dispatchToTeam(placed.id(), team, null, staff);
        orders.accept(
                placed.id(), "王老师", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1), staff);
        orders.complete(placed.id(), 35, "讲解灭火器的用法。", staff);
        writtenAsBefore(placed.id());
        ResourceDatabasePopulator migration =
                new ResourceDatabasePopulator(new ClassPathResource("db/migration/V43__service_note_codes.sql"));
        migration.setSqlScriptEncoding("UTF-8");
        migration.execute(dataSource);
        PageSession resident = PageSession.anonymous(this::uri);

        String mongolian =
                resident.get("/mn/services/orders/" + placed.trackingToken()).body();
        String chinese =
                resident.get("/services/orders/" + placed.trackingToken()).body();

        assertThat(mongolian)
                .contains("ᠲᠠᠨ ᠤ ᠵᠠᠬᠢᠶᠠᠯᠭ᠎ᠠ ᠶᠢ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠯᠠ᠂ 伊金霍洛镇 ᠶᠢᠨ")
                .contains("科普宣讲队" + suffix + " ᠳᠤ ᠬᠤᠪᠢᠶᠠᠷᠢᠯᠠᠪᠠ᠂ ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠬᠤ ᠶᠢ ᠬᠦᠯᠢᠶᠡᠵᠦ ᠪᠠᠢᠨ᠎ᠠ᠃")
                .contains("ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠳᠠᠭᠤᠰᠪᠠ᠂ 35 ᠬᠦᠮᠦᠨ ᠣᠷᠣᠯᠴᠠᠪᠠ᠃")
                .contains("ᠳᠠᠭᠤᠰᠪᠠ")
                .doesNotContain("已收到您的点单", "等待接单", "服务已完成");
        assertThat(chinese)
                .contains("已收到您的点单，将由伊金霍洛镇新时代文明实践所安排。")
                .contains("已派给科普宣讲队" + suffix + "，等待接单。")
                .contains("科普宣讲队" + suffix + "已接单，服务日期 ")
                .contains("服务已完成，参加 35 人。欢迎您评价。")
                .contains("已完成");
    }

    /** The resident's notes as they were stored before they had codes: the Chinese sentence alone. */
    private void writtenAsBefore(long orderId) {
        List<Long> rows = jdbc.sql("select id from service_order_step where order_id = ? order by at, id")
                .param(orderId)
                .query(Long.class)
                .list();
        List<TimelineEntry> steps = orders.timeline(orderId);
        for (int i = 0; i < rows.size(); i++) {
            if (steps.get(i).publicNote() != null) {
                jdbc.sql("update service_order_step set public_note = ?, public_note_code = null where id = ?")
                        .params(messages.getMessage(steps.get(i).publicNote(), Locale.SIMPLIFIED_CHINESE), rows.get(i))
                        .update();
            }
        }
        assertThat(orders.timeline(orderId))
                .allMatch(step -> step.publicNote() == null || step.publicNote().code() == null);
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
        assertThat(orders.visibleTo(ServiceStaff.administrator("t")))
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
