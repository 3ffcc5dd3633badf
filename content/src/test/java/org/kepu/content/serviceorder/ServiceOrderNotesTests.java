package org.kepu.content.serviceorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kepu.content.DomainTexts;
import org.kepu.content.reference.Towns;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * The resident's timeline is stored as message codes, read in Chinese exactly as the sentences read before and in
 * Mongolian too; rows written before codes get theirs from the migration.
 */
@SpringBootTest(properties = "kepu.jobs.enabled=false")
class ServiceOrderNotesTests {

    private static final String TOWN = "ejinhoro";
    private static final Locale MONGOLIAN = Locale.forLanguageTag("mn");
    private static final Pattern MONGOLIAN_SCRIPT = Pattern.compile("[\\x{1800}-\\x{18AF}]");
    // what a team wrote on declining, with the characters the stored form writes otherwise
    private static final String REASON = "队员外出培训|第二周 100%，下周可以";

    private static final Path SOURCES = Path.of("src/main/java/org/kepu/content/serviceorder");
    // a message code of an order in the domain bundle, or a prefix the code completes ("services.late.")
    private static final Pattern SERVICE_CODE =
            Pattern.compile("\"(services\\.(?:note|invalid|refused|late|staff-note)[\\w.-]*)\"");

    private final ResourceBundleMessageSource messages = DomainTexts.messages();

    @Autowired
    ServiceOrders orders;

    @Autowired
    ServiceDirectory directory;

    @Autowired
    Towns towns;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    String suffix;
    long policeId;
    long teamId;
    ServiceStaff town;
    ServiceStaff police;
    ServiceStaff team;

    @BeforeEach
    void people() {
        suffix = UUID.randomUUID().toString().substring(0, 6);
        policeId = directory.departments().stream()
                .filter(d -> d.code().equals("gongan"))
                .findFirst()
                .orElseThrow()
                .id();
        teamId = directory
                .addTeam("科普宣讲队" + suffix, TOWN, policeId, Instant.now())
                .id();
        town = new ServiceStaff("town-" + suffix, Set.of(TOWN), Set.of(), Set.of(), false);
        police = new ServiceStaff("police-" + suffix, Set.of(), Set.of(policeId), Set.of(), false);
        team = new ServiceStaff("team-" + suffix, Set.of(), Set.of(), Set.of(teamId), false);
    }

    @Test
    void theResidentsNotesReadAsBeforeInChineseAndInMongolianToo() {
        ServiceOrders.Placed placed = fullLife();
        String townName = towns.findByCode(TOWN).orElseThrow().name();
        String department = directory.department(policeId).orElseThrow().name();
        String teamName = "科普宣讲队" + suffix;

        List<StepNote> notes = publicNotes(placed.id());

        assertThat(notes)
                .extracting(note -> messages.getMessage(note, Locale.SIMPLIFIED_CHINESE))
                .containsExactly(
                        "已收到您的点单，将由" + townName + "新时代文明实践所安排。",
                        "已派给" + department + "。",
                        department + "已领单，正在安排志愿服务队。",
                        "已派给" + teamName + "，等待接单。",
                        "志愿服务队暂时无法接单（" + REASON + "），正在重新安排。",
                        "已派给" + teamName + "，等待接单。",
                        teamName + "已接单，服务日期 " + tomorrow() + "。",
                        "服务已完成，参加 120 人。欢迎您评价。",
                        "您的评价：4 星。谢谢！");
        assertThat(notes)
                .allSatisfy(note -> assertThat(messages.getMessage(note, MONGOLIAN))
                        .containsPattern(MONGOLIAN_SCRIPT)
                        .doesNotContain("已收到", "已派给", "已领单", "暂时无法", "已完成", "您的评价"));
        assertThat(messages.getMessage(notes.get(4), MONGOLIAN)).contains(REASON);
        assertThat(messages.getMessage(notes.get(7), MONGOLIAN)).contains(" 120 ");
    }

    @Test
    void notesWrittenBeforeCodesGetTheirCodesFromTheMigration() {
        ServiceOrders.Placed lived = fullLife();
        ServiceOrders.Placed kept = orders.place(order("防火安全"));
        ServiceOrders.Placed duplicate = orders.place(order("防火安全"));
        orders.merge(duplicate.id(), kept.id(), town);
        orders.dispatchToTeam(kept.id(), teamId, null, town);
        orders.cancel(kept.id(), "点单人说不需要了|已电话确认", town);
        List<Long> ids = List.of(lived.id(), kept.id(), duplicate.id());
        List<List<StepNote>> coded = ids.stream().map(this::publicNotes).toList();

        ids.forEach(this::writeAsBefore);
        assertThat(publicNotes(lived.id()))
                .allSatisfy(note -> assertThat(note.code()).isNull());
        migrate();

        for (int i = 0; i < ids.size(); i++) {
            assertThat(publicNotes(ids.get(i)))
                    .extracting(StepNote::code, StepNote::arguments)
                    .containsExactlyElementsOf(coded.get(i).stream()
                            .map(note -> tuple(note.code(), note.arguments()))
                            .toList());
        }
    }

    @Test
    void aNoteThatMatchesNoSentenceKeepsItsText() {
        ServiceOrders.Placed placed = orders.place(order("节水知识"));
        jdbc.sql("update service_order_step set public_note = ?, public_note_code = null where order_id = ?")
                .params("工作人员手写的说明", placed.id())
                .update();

        migrate();

        StepNote note = publicNotes(placed.id()).get(0);
        assertThat(note.code()).isNull();
        assertThat(messages.getMessage(note, MONGOLIAN)).isEqualTo("工作人员手写的说明");
    }

    /**
     * Every code the order's code names is in the Chinese bundle (held steps and notes are not refusals made in
     * place, which DomainMessagesTests reads); what the resident reads has its Mongolian too.
     */
    @Test
    void everyCodeOfAnOrderIsInTheBundleAndWhatTheResidentReadsIsInMongolian() throws IOException {
        Properties chinese = bundle("domain.properties");
        Properties mongolian = bundle("domain_mn.properties");
        List<String> missing = new ArrayList<>();
        Matcher code = SERVICE_CODE.matcher(Files.readString(SOURCES.resolve("ServiceOrders.java")));
        while (code.find()) {
            String key = code.group(1);
            boolean known = key.endsWith(".")
                    ? chinese.stringPropertyNames().stream().anyMatch(k -> k.startsWith(key))
                    : chinese.containsKey(key);
            if (!known) {
                missing.add(key);
            }
        }
        for (Overdue late : Overdue.values()) {
            if (!chinese.containsKey("services.late." + late)) {
                missing.add("services.late." + late);
            }
        }
        List<String> residents = new ArrayList<>();
        Stream.of(ServiceOrderStatus.values()).forEach(s -> residents.add(s.getCodes()[0]));
        Stream.of(ServiceStep.values()).forEach(s -> residents.add(s.getCodes()[0]));
        chinese.stringPropertyNames().stream()
                .filter(k -> k.startsWith("services.note.")
                        || k.startsWith("services.invalid.")
                        || k.startsWith("services.refused.rate."))
                .forEach(residents::add);
        residents.stream()
                .filter(key -> !chinese.containsKey(key) || !mongolian.containsKey(key))
                .forEach(key -> missing.add(key + " (Chinese and Mongolian)"));
        assertThat(missing).isEmpty();
    }

    private ServiceOrders.Placed fullLife() {
        ServiceOrders.Placed placed = orders.place(order("防电信诈骗讲座"));
        orders.dispatchToDepartment(placed.id(), policeId, null, town);
        orders.claim(placed.id(), police);
        orders.passOn(placed.id(), teamId, null, police);
        orders.decline(placed.id(), REASON, team);
        orders.passOn(placed.id(), teamId, null, police);
        orders.accept(placed.id(), "王老师", tomorrow(), team);
        orders.complete(placed.id(), 120, "讲解骗局。", team);
        orders.rate(placed.trackingToken(), 4, null);
        return placed;
    }

    private List<StepNote> publicNotes(long orderId) {
        return orders.timeline(orderId).stream()
                .map(TimelineEntry::publicNote)
                .filter(note -> note != null)
                .toList();
    }

    /** Each resident's note as the code before issue 15 stored it: its Chinese sentence, no code. */
    private void writeAsBefore(long orderId) {
        jdbc.sql(
                        "select id, public_note_code from service_order_step where order_id = ? and public_note_code is not null")
                .param(orderId)
                .query((rs, n) -> new Object[] {rs.getLong(1), StepNote.read(rs.getString(2), null)})
                .list()
                .forEach(row -> jdbc.sql(
                                "update service_order_step set public_note = ?, public_note_code = null where id = ?")
                        .params(DomainTexts.wording((StepNote) row[1]), row[0])
                        .update());
    }

    private void migrate() {
        ResourceDatabasePopulator migration =
                new ResourceDatabasePopulator(new ClassPathResource("db/migration/V43__service_note_codes.sql"));
        migration.setSqlScriptEncoding("UTF-8");
        migration.execute(dataSource);
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader =
                Files.newBufferedReader(Path.of("src/main/resources/i18n").resolve(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private NewServiceOrder order(String topic) {
        return new NewServiceOrder(topic, null, TOWN, null, "新街村文化室", null, 40, "周末上午", "张大爷", "13800138000", true);
    }

    private static LocalDate tomorrow() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1);
    }
}
