package org.kepu.portal.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kepu.content.account.Account;
import org.kepu.content.account.Accounts;
import org.kepu.content.account.Role;
import org.kepu.content.registration.RegistrarTowns;
import org.kepu.content.registration.RegistrationTarget;
import org.kepu.content.registration.RegistrationTargets;
import org.kepu.portal.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** The tracker through HTTP, with the demo figures loaded: the API, the public pages and the registrar's area. */
@DirtiesContext
@TestPropertySource(
        properties = {
            "kepu.registration.max-file-size=1MB",
            "kepu.registration.max-rows=2000",
            "spring.servlet.multipart.max-file-size=1200KB",
            "spring.servlet.multipart.max-request-size=1300KB"
        })
class RegistrationIntegrationTests extends PortalIntegrationTest {

    static final String PASSWORD = "登记员-Pass-2026";
    static final String REGISTRAR = "altanxiret-registrar";
    static final String TOWN_ADMIN = "registration-admin";
    static final String EDITOR = "registration-editor";

    @Autowired
    Accounts accounts;

    @Autowired
    RegistrarTowns registrarTowns;

    @Autowired
    RegistrationTargets targets;

    @Autowired
    PasswordEncoder passwords;

    final String village = "接口测试嘎查-" + UUID.randomUUID().toString().substring(0, 6);

    /**
     * Its own database and data folder: this context starts while the shared one may still be open (it holds the
     * Lucene index's write lock), so sharing them worked only when this class happened to run first.
     */
    @DynamicPropertySource
    static void ownData(DynamicPropertyRegistry registry) throws IOException {
        // the base class already names kepu.data-dir (and wins), so the places under it are named one by one
        Path data = Files.createTempDirectory("kepu-registration-test-");
        registry.add(
                "kepu.search.lucene.index-dir", () -> data.resolve("search").toString());
        registry.add("kepu.blobs.folder", () -> data.resolve("blobs").toString());
        registry.add("kepu.blobs.staging", () -> data.resolve("uploads").toString());
        registry.add(
                "spring.datasource.url",
                () -> "jdbc:h2:mem:registration;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                        + "DB_CLOSE_DELAY=-1");
    }

    @BeforeEach
    void people() {
        account(REGISTRAR, Role.REGISTRAR);
        account(TOWN_ADMIN, Role.ADMIN);
        account(EDITOR, Role.EDITOR);
        registrarTowns.bind(accounts.findByUsername(REGISTRAR).orElseThrow().getId(), "altanxiret");
    }

    @Test
    void theSummaryHasExactlyThePublishedShape() throws Exception {
        JsonNode summary = getJson("/api/v1/registrations/summary");

        assertThat(names(summary)).containsExactly("target", "deadline", "total", "percent", "towns");
        assertThat(summary.path("target").asInt()).isEqualTo(30000);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        RegistrationTarget current = targets.current(today).orElseThrow();
        assertThat(current.covers(today))
                .as("the demo keeps a target running today")
                .isTrue();
        assertThat(summary.path("deadline").asString())
                .isEqualTo(current.deadline().toString());
        assertThat(summary.path("total").asInt()).as("demo figures").isGreaterThan(20000);
        assertThat(summary.path("percent").asDouble())
                .isEqualTo(Math.round(summary.path("total").asInt() * 1000.0 / 30000) / 10.0);
        assertThat(summary.path("towns")).hasSize(8);
        JsonNode first = summary.path("towns").get(0);
        assertThat(names(first)).containsExactly("name", "total", "target");
        assertThat(first.path("name").asString()).isEqualTo("阿勒腾席热镇");
        assertThat(first.path("target").asInt()).isEqualTo(9000);
    }

    @Test
    void theImportApiAnswersRowLevelErrorsInChinese() throws Exception {
        byte[] csv = csv(
                StandardCharsets.UTF_8, "阿勒腾席热," + village + ",2025-03-31,10", "阿勒腾席热镇," + village + ",2025-03-31,abc");

        HttpResponse<String> response = post("/api/v1/registrations/imports?commit=true", "错误.csv", csv, REGISTRAR);

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode answer = json.readTree(response.body());
        assertThat(answer.path("committed").asBoolean()).isFalse();
        assertThat(answer.path("errors").findValuesAsString("message"))
                .containsExactly("第 2 行：乡镇“阿勒腾席热”不存在，您是不是要填“阿勒腾席热镇”？", "第 3 行：“累计注册人数”应为数字，实际是“abc”。");
    }

    @Test
    void theImportApiChecksThenCommitsOnceAndTheSummaryMoves() throws Exception {
        int before = getJson("/api/v1/registrations/summary").path("total").asInt();
        byte[] gbk = csv(Charset.forName("GBK"), "阿勒腾席热镇," + village + ",2025-11-30,75,10,40");

        HttpResponse<String> checked = post("/api/v1/registrations/imports", "阿镇.csv", gbk, REGISTRAR);
        int afterCheck = getJson("/api/v1/registrations/summary").path("total").asInt();
        HttpResponse<String> committed = post("/api/v1/registrations/imports?commit=true", "阿镇.csv", gbk, REGISTRAR);
        HttpResponse<String> again = post("/api/v1/registrations/imports?commit=true", "阿镇.csv", gbk, TOWN_ADMIN);

        assertThat(checked.statusCode()).isEqualTo(200);
        assertThat(json.readTree(checked.body()).path("status").asString()).isEqualTo("VALID");
        assertThat(afterCheck).isEqualTo(before);
        assertThat(committed.statusCode()).isEqualTo(201);
        assertThat(json.readTree(committed.body()).path("checksum").asString()).hasSize(64);
        assertThat(getJson("/api/v1/registrations/summary").path("total").asInt())
                .isEqualTo(before + 75);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json.readTree(again.body()).path("status").asString()).isEqualTo("DUPLICATE");
        assertThat(getJson("/api/v1/registrations/summary").path("total").asInt())
                .isEqualTo(before + 75);
    }

    @Test
    void aRegistrarReportsOnlyForTheOwnTown() throws Exception {
        byte[] csv = csv(StandardCharsets.UTF_8, "札萨克镇," + village + ",2025-03-31,10");

        HttpResponse<String> response = post("/api/v1/registrations/imports", "札萨克.csv", csv, REGISTRAR);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(json.readTree(response.body())
                        .path("errors")
                        .get(0)
                        .path("message")
                        .asString())
                .isEqualTo("第 2 行：您只能填报本乡镇（阿勒腾席热镇）的数据，这一行是“札萨克镇”。");
    }

    @Test
    void importsNeedARegistrarOrAnAdmin() throws Exception {
        byte[] csv = csv(StandardCharsets.UTF_8, "阿勒腾席热镇," + village + ",2025-03-31,10");

        assertThat(post("/api/v1/registrations/imports", "a.csv", csv, null).statusCode())
                .isEqualTo(401);
        assertThat(post("/api/v1/registrations/imports", "a.csv", csv, EDITOR).statusCode())
                .isEqualTo(403);
    }

    @Test
    void badFilesGetAClearAnswer() throws Exception {
        HttpResponse<String> empty = post("/api/v1/registrations/imports", "empty.csv", new byte[0], REGISTRAR);
        HttpResponse<String> pdf = post(
                "/api/v1/registrations/imports",
                "table.xlsx",
                "%PDF-1.4\n".getBytes(StandardCharsets.ISO_8859_1),
                REGISTRAR);
        HttpResponse<String> overOurLimit =
                post("/api/v1/registrations/imports", "big.csv", new byte[1024 * 1024 + 10], REGISTRAR);
        HttpResponse<String> overSpringsLimit =
                post("/api/v1/registrations/imports", "bigger.csv", new byte[1250 * 1024], REGISTRAR);

        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(detail(empty)).isEqualTo("文件是空的（0 字节），请选择填好的表格。");
        assertThat(pdf.statusCode()).isEqualTo(415);
        assertThat(detail(pdf)).isEqualTo("不支持这种文件，请上传 .xlsx 或 .csv 表格。");
        assertThat(overOurLimit.statusCode()).isEqualTo(413);
        assertThat(detail(overOurLimit)).isEqualTo("文件太大了，最大只能导入 1 MB 的文件。请拆分成几个文件分别导入。");
        assertThat(overSpringsLimit.statusCode()).isEqualTo(413);
        assertThat(detail(overSpringsLimit)).isEqualTo("文件太大了，最大只能导入 1 MB 的文件。请拆分成几个文件分别导入。");
    }

    @Test
    void malformedAndHostileWorkbooksGetAClear4xxInChinese() throws Exception {
        String api = "/api/v1/registrations/imports";
        HttpResponse<String> wellFormed =
                post(api, "好.xlsx", Workbooks.xlsx(Workbooks.sheet("阿勒腾席热镇", village, 3, true)), REGISTRAR);
        byte[] withoutPositions = Workbooks.xlsx(Workbooks.sheet("阿勒腾席热镇", village, 3, false));
        HttpResponse<String> noR = post(api, "无行号.xlsx", withoutPositions, REGISTRAR);
        HttpResponse<String> noRCommit = post(api + "?commit=true", "无行号.xlsx", withoutPositions, REGISTRAR);
        HttpResponse<String> overRows =
                post(api, "太多行.xlsx", Workbooks.xlsx(Workbooks.sheet("阿勒腾席热镇", village, 2000, true)), REGISTRAR);
        StringBuilder csv = new StringBuilder("乡镇,村（嘎查）,日期,累计注册人数\r\n");
        for (int i = 0; i < 2000; i++) {
            csv.append("阿勒腾席热镇,")
                    .append(village)
                    .append(i)
                    .append(",2025-03-31,")
                    .append(i)
                    .append("\r\n");
        }
        HttpResponse<String> overRowsCsv =
                post(api, "太多行.csv", csv.toString().getBytes(StandardCharsets.UTF_8), REGISTRAR);
        byte[] spaces = new byte[7 << 20];
        java.util.Arrays.fill(spaces, (byte) ' ');
        byte[] head = ("<worksheet xmlns=\"" + Workbooks.MAIN + "\"><sheetData>").getBytes(StandardCharsets.UTF_8);
        System.arraycopy(head, 0, spaces, 0, head.length);
        byte[] bomb = Workbooks.xlsx(spaces);
        HttpResponse<String> zipBomb = post(api, "炸弹.xlsx", bomb, REGISTRAR);
        HttpResponse<String> xxe = post(
                api,
                "实体.xlsx",
                Workbooks.xlsx("<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                        + "<worksheet xmlns=\"" + Workbooks.MAIN
                        + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\">"
                        + "<is><t>&x;</t></is></c></row></sheetData></worksheet>"),
                REGISTRAR);

        assertThat(wellFormed.statusCode()).as(wellFormed.body()).isEqualTo(200);
        assertThat(noR.statusCode()).as(noR.body()).isEqualTo(422);
        assertThat(code(noR)).isEqualTo("MISSING_POSITION");
        assertThat(detail(noR)).contains("缺少位置编号（r 属性）");
        assertThat(noRCommit.statusCode()).isEqualTo(422);
        assertThat(overRows.statusCode()).isEqualTo(422);
        assertThat(detail(overRows)).contains("最多 2000 行");
        assertThat(overRowsCsv.statusCode()).isEqualTo(422);
        assertThat(detail(overRowsCsv)).contains("最多 2000 行");
        assertThat(bomb.length).isLessThan(100_000);
        assertThat(zipBomb.statusCode()).isEqualTo(422);
        assertThat(code(zipBomb)).isEqualTo("COMPRESSION_RATIO");
        assertThat(detail(zipBomb)).contains("压缩炸弹");
        assertThat(xxe.statusCode()).isEqualTo(422);
        assertThat(code(xxe)).isEqualTo("XML_DTD");
        assertThat(detail(xxe)).doesNotContain("root:");
    }

    private String code(HttpResponse<String> response) {
        return json.readTree(response.body()).path("code").asString();
    }

    @Test
    void thePublicPagesShowProgressWithoutInlineScripts() throws Exception {
        HttpResponse<String> dashboard = get("/registrations");
        HttpResponse<String> detail = get("/registrations/detail");
        HttpResponse<String> qr = get("/registrations/signup-qr.svg");
        JsonNode data = getJson("/registrations/data.json");

        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("科普中国信息员注册进度", "成为科普中国信息员", "/registrations/signup-qr.svg");
        assertThat(detail.statusCode()).isEqualTo(200);
        assertThat(detail.body())
                .contains("各乡镇进度", "达标预测", "每周新增", "乡镇排名", "累计注册趋势", "札萨克镇", "活跃度低")
                .contains("/dist/echarts.min.js")
                .containsPattern("/js/registration/charts(-[0-9a-f]{32})?\\.js");
        for (String page : List.of(dashboard.body(), detail.body())) {
            assertThat(Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>")
                            .matcher(page)
                            .find())
                    .as("no inline script")
                    .isFalse();
        }
        assertThat(qr.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("image/svg+xml"));
        assertThat(qr.body()).startsWith("<svg");
        assertThat(data.path("towns")).hasSize(8);
        assertThat(data.path("trend").size()).isGreaterThan(1);
        assertThat(data.path("weeks")).hasSize(12);
        assertThat(get("/webjars/echarts/dist/echarts.min.js").statusCode()).isEqualTo(200);
        assertThat(get("/js/registration/charts.js").statusCode()).isEqualTo(200);
    }

    @Test
    void theIndicatorOverviewShowsEveryIndicatorWithItsStatus() throws Exception {
        HttpResponse<String> page = get("/indicators");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("公民具备科学素质的比例", "每年开展农牧民技术培训", "科普场馆面积", "科普中国信息员注册人数")
                .contains("暂无数据", "data-code=\"venue-area\"");
    }

    @Test
    void theRegistrarAreaNeedsALoginAndExportsAWorkbook() throws Exception {
        HttpResponse<String> anonymous = get("/registrar/registrations");
        assertThat(anonymous.statusCode()).isEqualTo(302);

        String session = login(TOWN_ADMIN);
        HttpResponse<String> page = http.send(
                HttpRequest.newBuilder(uri("/registrar/registrations"))
                        .header("Cookie", session)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<byte[]> export = http.send(
                HttpRequest.newBuilder(uri("/registrar/registrations/export.xlsx"))
                        .header("Cookie", session)
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("导入表格", "手工填报一条", "最近的导入");
        assertThat(export.statusCode()).isEqualTo(200);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(export.body()))) {
            assertThat(workbook.getSheets().map(s -> s.getName())).containsExactly("乡镇进度", "累计趋势", "每周新增", "汇总与预测");
            var rows = workbook.getFirstSheet().read();
            assertThat(rows.get(1).getCellText(0)).isEqualTo("阿勒腾席热镇");
            assertThat(rows.get(9).getCellText(0)).isEqualTo("全旗合计");
        }
        HttpResponse<byte[]> mongolian = http.send(
                HttpRequest.newBuilder(uri("/mn/registrar/registrations/export.xlsx"))
                        .header("Cookie", session)
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(mongolian.statusCode()).isEqualTo(200);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(mongolian.body()))) {
            assertThat(workbook.getSheets().map(s -> s.getName()).findFirst())
                    .as("the workbook speaks the page's language")
                    .hasValue("ᠰᠤᠮᠤ ᠪᠠᠯᠭᠠᠰᠤ");
            assertThat(workbook.getFirstSheet().read().get(9).getCellText(0)).isEqualTo("ᠬᠣᠰᠢᠭᠤᠨ ᠤ ᠨᠡᠢᠲᠡ");
        }
    }

    @Test
    void aManualReportIsCheckedLikeAnImportedRow() throws Exception {
        String session = login(REGISTRAR);
        String token = csrf(session, "/registrar/registrations");
        String future = LocalDate.now().plusDays(5).toString();

        HttpResponse<String> rejected = form(
                session,
                "/registrar/registrations/reports",
                "townCode=altanxiret&unitName=" + encode(village) + "&date=" + future + "&registered=5&_csrf="
                        + encode(token));
        HttpResponse<String> saved = form(
                session,
                "/registrar/registrations/reports",
                "townCode=altanxiret&unitName=" + encode(village) + "&date=2025-10-31&registered=5&_csrf="
                        + encode(token));

        assertThat(rejected.statusCode()).isEqualTo(200);
        assertThat(rejected.body()).contains("不能填报将来的数据");
        assertThat(saved.statusCode()).isEqualTo(302);
    }

    @Test
    void theImportPagesTakeAFileThroughPreviewConfirmationAndUndo() throws Exception {
        String session = login(REGISTRAR);
        String token = csrf(session, "/registrar/registrations");
        int before = getJson("/api/v1/registrations/summary").path("total").asInt();
        byte[] csv = csv(StandardCharsets.UTF_8, "阿勒腾席热镇," + village + ",2025-11-30,33,4,5");

        HttpResponse<String> uploaded = upload(session, token, "页面导入.csv", csv);
        assertThat(uploaded.statusCode()).isEqualTo(302);
        String page = uploaded.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "");
        assertThat(page).matches("/registrar/registrations/imports/\\d+");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> progress(session, page).path("status").asString(), "CHECKED"::equals);
        HttpResponse<String> preview = pageAs(session, page);
        assertThat(preview.body()).contains("待确认", "共 1 行，其中有效 1 行", village, "确认导入");

        assertThat(form(session, page + "/confirm", "_csrf=" + encode(token)).statusCode())
                .isEqualTo(302);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> progress(session, page).path("status").asString(), "COMMITTED"::equals);
        assertThat(getJson("/api/v1/registrations/summary").path("total").asInt())
                .isEqualTo(before + 33);

        assertThat(form(session, page + "/undo", "_csrf=" + encode(token)).statusCode())
                .isEqualTo(302);
        assertThat(pageAs(session, page).body()).contains("已撤销");
        assertThat(getJson("/api/v1/registrations/summary").path("total").asInt())
                .isEqualTo(before);
    }

    @Test
    void theUploadPageExplainsAFileThatIsTooLarge() throws Exception {
        String session = login(REGISTRAR);
        String token = csrf(session, "/registrar/registrations");

        HttpResponse<String> overOurs = upload(session, token, "big.csv", new byte[1024 * 1024 + 10]);
        HttpResponse<String> overSprings = upload(session, token, "bigger.csv", new byte[1250 * 1024]);

        assertThat(overOurs.statusCode()).isEqualTo(413);
        assertThat(overOurs.body()).contains("文件太大了，最大只能导入 1 MB 的文件。");
        assertThat(overSprings.statusCode())
                .as("refused before the body is read")
                .isEqualTo(302);
        String location = overSprings.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/registrar/registrations?too-large");
        assertThat(pageAs(session, "/registrar/registrations?too-large").body()).contains("文件太大了，最大只能导入 1 MB 的文件。");
    }

    @Test
    void onlyAdminsSetTargetsAndBindRegistrars() throws Exception {
        String admin = login(TOWN_ADMIN);
        String registrar = login(REGISTRAR);
        String token = csrf(admin, "/registrar/registrations/admin");
        long registrarId = accounts.findByUsername(REGISTRAR).orElseThrow().getId();

        assertThat(pageAs(registrar, "/registrar/registrations/admin").statusCode())
                .isEqualTo(403);
        HttpResponse<String> page = pageAs(admin, "/registrar/registrations/admin");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("各乡镇分配目标", REGISTRAR);
        HttpResponse<String> bound = form(
                admin,
                "/registrar/registrations/admin/registrars/" + registrarId,
                "townCode=altanxiret&_csrf=" + encode(token));
        assertThat(bound.statusCode()).isEqualTo(302);
        assertThat(registrarTowns.townOf(registrarId)).hasValue("altanxiret");
    }

    @Test
    void anAdminReportsAnIndicatorValue() throws Exception {
        String admin = login(TOWN_ADMIN);
        String token = csrf(admin, "/registrar/indicators");
        HttpResponse<String> form = pageAs(admin, "/registrar/indicators");
        Matcher option =
                Pattern.compile("<option value=\"(\\d+)\">命名旗级科技教育示范学校").matcher(form.body());
        assertThat(option.find()).isTrue();

        HttpResponse<String> saved = form(
                admin,
                "/registrar/indicators",
                "indicatorId=" + option.group(1) + "&date=2024-09-01&amount=2&note=" + encode("两所学校获命名") + "&_csrf="
                        + encode(token));

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(get("/indicators").body()).containsPattern("data-status=\"REACHED\" data-code=\"model-schools\"");
    }

    private void account(String username, Role role) {
        if (!accounts.existsByUsername(username)) {
            accounts.add(Account.create(username, passwords.encode(PASSWORD), username, Set.of(role), Instant.now()));
        }
    }

    private HttpResponse<String> post(String path, String fileName, byte[] content, String user) throws Exception {
        Multipart body = Multipart.file(fileName, content);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", body.contentType())
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.body()));
        if (user != null) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String login(String user) throws Exception {
        HttpResponse<String> loginPage = get("/login");
        String cookie =
                loginPage.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage.body());
        assertThat(token.find()).isTrue();
        HttpResponse<String> done = form(
                cookie,
                "/login",
                "username=" + user + "&password=" + encode(PASSWORD) + "&_csrf=" + encode(token.group(1)));
        assertThat(done.statusCode()).isEqualTo(302);
        return done.headers().firstValue("Set-Cookie").map(c -> c.split(";")[0]).orElse(cookie);
    }

    private String csrf(String session, String path) throws Exception {
        HttpResponse<String> page = http.send(
                HttpRequest.newBuilder(uri(path)).header("Cookie", session).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    private HttpResponse<String> form(String cookie, String path, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", cookie)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> upload(String session, String token, String fileName, byte[] content)
            throws Exception {
        Multipart body = Multipart.file(fileName, content);
        return http.send(
                HttpRequest.newBuilder(uri("/registrar/registrations/imports?_csrf=" + encode(token)))
                        .header("Content-Type", body.contentType())
                        .header("Cookie", session)
                        .header("Accept", "text/html")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.body()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> pageAs(String session, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Cookie", session)
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode progress(String session, String page) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(uri(page + "/progress"))
                        .header("Cookie", session)
                        .header("Accept", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return json.readTree(response.body());
    }

    private String detail(HttpResponse<String> response) throws IOException {
        return json.readTree(response.body()).path("detail").asString();
    }

    private static byte[] csv(Charset charset, String... rows) {
        return ("乡镇,村（嘎查）,日期,累计注册人数,活跃信息员,分享次数\r\n" + String.join("\r\n", rows) + "\r\n").getBytes(charset);
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }
}
