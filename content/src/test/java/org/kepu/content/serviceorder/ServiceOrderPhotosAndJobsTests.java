package org.kepu.content.serviceorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kepu.content.DomainTexts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Orders placed on a resident's behalf, completion photos and their limit, the overdue reminders
 * and the erasure of contacts: what the jobs on the queue do, run by hand.
 */
@SpringBootTest(properties = {"kepu.jobs.enabled=false", "kepu.service-orders.keep-contact-for=0s"})
class ServiceOrderPhotosAndJobsTests {

    private static final String TOWN = "ejinhoro";

    @Autowired
    ServiceOrders orders;

    @Autowired
    ServiceDirectory directory;

    @Autowired
    OverdueReminders reminders;

    @Autowired
    JdbcClient jdbc;

    ServiceStaff town;
    ServiceStaff team;
    ServiceStaff otherTeam;
    long teamId;
    String suffix;

    @BeforeEach
    void people() {
        suffix = UUID.randomUUID().toString().substring(0, 6);
        teamId = directory.addTeam("照片测试队" + suffix, TOWN, null, Instant.now()).id();
        long other =
                directory.addTeam("另一支队" + suffix, TOWN, null, Instant.now()).id();
        town = new ServiceStaff("town-" + suffix, Set.of(TOWN), Set.of(), Set.of(), false);
        team = new ServiceStaff("team-" + suffix, Set.of(), Set.of(), Set.of(teamId), false);
        otherTeam = new ServiceStaff("team2-" + suffix, Set.of(), Set.of(), Set.of(other), false);
    }

    @Test
    void aVillageWorkerOrdersForAnElderAndMustNameTheirUnit() {
        assertThatThrownBy(() -> orders.place(order("防诈骗", true, " ")))
                .isInstanceOfSatisfying(
                        ServiceOrderInvalid.class, e -> assertThat(e.problems()).containsOnlyKeys("onBehalfUnit"));
        assertThatThrownBy(() -> orders.place(order("防诈骗", true, "村".repeat(61))))
                .isInstanceOf(ServiceOrderInvalid.class);

        ServiceOrders.Placed placed = orders.place(order("防诈骗", true, " 新街村村委会 "));

        ServiceOrder stored = orders.byToken(placed.trackingToken());
        assertThat(stored.isOnBehalf()).isTrue();
        assertThat(stored.getOnBehalfUnit()).isEqualTo("新街村村委会");
        ServiceOrder own =
                orders.byToken(orders.place(order("防诈骗", false, "不该记下")).trackingToken());
        assertThat(own.isOnBehalf()).isFalse();
        assertThat(own.getOnBehalfUnit()).as("no unit without the box").isNull();
    }

    @Test
    void theTeamCompletesWithPhotosAndAddsMoreUpToTheLimit() {
        ServiceOrders.Placed placed = accepted("防电信诈骗讲座");

        orders.complete(placed.id(), 42, "讲解了常见骗局。", photos(2), team);

        assertThat(orders.photos(placed.id())).hasSize(2);
        assertThatThrownBy(() -> orders.addPhotos(placed.id(), photos(1), otherTeam))
                .isInstanceOf(ServiceOrderNotFound.class);
        assertThatThrownBy(() -> orders.addPhotos(placed.id(), photos(1), town))
                .isInstanceOf(ServiceOrderRefused.class)
                .satisfies(DomainTexts.saysPart("只有完成服务的志愿服务队"));
        assertThatThrownBy(() -> orders.addPhotos(placed.id(), photos(8), team))
                .isInstanceOf(ServiceOrderRefused.class)
                .satisfies(DomainTexts.saysPart("最多 9 张"));
        assertThat(orders.photos(placed.id()))
                .as("a refused batch adds nothing")
                .hasSize(2);

        orders.addPhotos(placed.id(), photos(7), team);

        assertThat(orders.photos(placed.id())).hasSize(9);
        assertThat(orders.timeline(placed.id())).last().satisfies(step -> {
            assertThat(step.step()).isEqualTo(ServiceStep.PHOTOS);
            assertThat(step.publicNote()).isNull();
        });
    }

    @Test
    void tooManyPhotosAtCompletionRefuseTheWholeStep() {
        ServiceOrders.Placed placed = accepted("急救知识");

        assertThatThrownBy(() -> orders.complete(placed.id(), 20, "心肺复苏演示。", photos(10), team))
                .isInstanceOf(ServiceOrderRefused.class);

        assertThat(orders.byToken(placed.trackingToken()).getStatus()).isEqualTo(ServiceOrderStatus.ACCEPTED);
        assertThat(orders.photos(placed.id())).isEmpty();
    }

    @Test
    void anOverdueOrderGetsOneReminderPerReasonForStaffOnly() {
        ServiceOrders.Placed placed = orders.place(order("冬季防火", false, null));
        backdate(placed.id(), Duration.ofDays(4));

        reminders.remind();
        reminders.remind();

        List<TimelineEntry> reminded = orders.timeline(placed.id()).stream()
                .filter(step -> step.step() == ServiceStep.REMINDED)
                .toList();
        assertThat(reminded).singleElement().satisfies(step -> {
            assertThat(DomainTexts.wording(step.note())).isEqualTo("超过 3 天未派单");
            assertThat(step.publicNote())
                    .as("the resident does not read reminders")
                    .isNull();
        });
        assertThat(orders.byToken(placed.trackingToken()).getOverdueReminded()).isEqualTo(Overdue.DISPATCH);

        orders.dispatchToTeam(placed.id(), teamId, null, town);
        backdate(placed.id(), Duration.ofDays(8));
        reminders.remind();

        assertThat(orders.timeline(placed.id()))
                .filteredOn(step -> step.step() == ServiceStep.REMINDED)
                .extracting(step -> DomainTexts.wording(step.note()))
                .containsExactly("超过 3 天未派单", "超过 7 天无队伍接单");
    }

    @Test
    void erasureRemovesThePersonalDataAndKeepsTheStatistics() {
        ServiceOrders.Placed placed = orders.place(order("防溺水", true, "新街村村委会"));
        orders.dispatchToTeam(placed.id(), teamId, null, town);
        orders.accept(placed.id(), "志愿者甲", tomorrow(), team);
        orders.complete(placed.id(), 35, "讲解防溺水。", team);
        orders.rate(placed.trackingToken(), 5, "很好");
        ServiceOrders.Placed open = orders.place(order("科学养殖", false, null));

        orders.eraseOldContacts();

        ServiceOrder erased = orders.byToken(placed.trackingToken());
        assertThat(erased.getContactName()).isNull();
        assertThat(erased.getContactPhone()).isNull();
        assertThat(erased.getOnBehalfUnit()).isNull();
        assertThat(erased.getContactErasedAt()).isNotNull();
        assertThat(erased.isOnBehalf()).isTrue();
        assertThat(erased.getAttendance()).isEqualTo(35);
        assertThat(erased.getRating()).isEqualTo(5);
        assertThat(erased.getTopic()).isEqualTo("防溺水" + suffix);
        assertThat(orders.byToken(open.trackingToken()).getContactPhone())
                .as("an open order keeps its contact")
                .isEqualTo("13800138000");
        assertThat(orders.eraseOldContacts()).as("nothing left to erase of it").isZero();
    }

    private ServiceOrders.Placed accepted(String topic) {
        ServiceOrders.Placed placed = orders.place(order(topic, false, null));
        orders.dispatchToTeam(placed.id(), teamId, null, town);
        orders.accept(placed.id(), "王警官", tomorrow(), team);
        return placed;
    }

    private void backdate(long id, Duration age) {
        jdbc.sql("update service_order set created_at = ? where id = ?")
                .params(Timestamp.from(Instant.now().minus(age)), id)
                .update();
    }

    private static List<OrderPhoto> photos(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> new OrderPhoto(UUID.randomUUID().toString().replace("-", ""), 1600, 1200))
                .toList();
    }

    private NewServiceOrder order(String topic, boolean onBehalf, String unit) {
        return new NewServiceOrder(
                topic + suffix,
                null,
                TOWN,
                null,
                "新街村文化室",
                "elderly",
                40,
                "12 月中旬的周末上午",
                "张大爷",
                "13800138000",
                true,
                onBehalf,
                unit);
    }

    private static LocalDate tomorrow() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1);
    }
}
