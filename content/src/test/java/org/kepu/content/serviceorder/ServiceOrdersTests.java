package org.kepu.content.serviceorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kepu.content.DomainTexts;
import org.kepu.content.audit.AuditEvent;
import org.kepu.content.audit.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** An order's life across the town, a department and a team, with each step's rules and scope. */
@SpringBootTest(properties = {"kepu.jobs.enabled=false", "kepu.service-orders.keep-contact-for=0s"})
class ServiceOrdersTests {

    private static final String TOWN = "ejinhoro";

    @Autowired
    ServiceOrders orders;

    @Autowired
    ServiceDirectory directory;

    @Autowired
    AuditLog audit;

    ServiceStaff town;
    ServiceStaff otherTown;
    ServiceStaff police;
    ServiceStaff team;
    ServiceStaff otherTeam;
    long policeId;
    long teamId;
    ServiceDirectory.Place village;

    @BeforeEach
    void people() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        policeId = directory.departments().stream()
                .filter(d -> d.code().equals("gongan"))
                .findFirst()
                .orElseThrow()
                .id();
        teamId = directory
                .addTeam("反诈宣讲志愿服务队" + suffix, TOWN, policeId, Instant.now())
                .id();
        long other = directory
                .addTeam("健康义诊志愿服务队" + suffix, TOWN, null, Instant.now())
                .id();
        village = directory.addPlace(TOWN, "新街村" + suffix, "村", true);
        town = new ServiceStaff("town-" + suffix, Set.of(TOWN), Set.of(), Set.of(), false);
        otherTown = new ServiceStaff("other-" + suffix, Set.of("jasag"), Set.of(), Set.of(), false);
        police = new ServiceStaff("police-" + suffix, Set.of(), Set.of(policeId), Set.of(), false);
        team = new ServiceStaff("team-" + suffix, Set.of(), Set.of(), Set.of(teamId), false);
        otherTeam = new ServiceStaff("team2-" + suffix, Set.of(), Set.of(), Set.of(other), false);
    }

    @Test
    void anOrderGoesFromTheResidentThroughTownDepartmentAndTeamAndIsRated() {
        ServiceOrders.Placed placed = orders.place(order("防电信诈骗讲座"));

        orders.dispatchToDepartment(placed.id(), policeId, "请公安局安排", town);
        orders.claim(placed.id(), police);
        orders.passOn(placed.id(), teamId, null, police);
        orders.accept(placed.id(), "王警官、李老师", tomorrow(), team);
        orders.complete(placed.id(), 42, "讲解了冒充客服、刷单返利等骗局，发放资料 60 份。", team);
        ServiceOrder rated = orders.rate(placed.trackingToken(), 5, "讲得很清楚");

        assertThat(rated.getStatus()).isEqualTo(ServiceOrderStatus.COMPLETED);
        assertThat(rated.getAttendance()).isEqualTo(42);
        assertThat(rated.getRating()).isEqualTo(5);
        assertThat(orders.timeline(placed.id()))
                .extracting(TimelineEntry::step)
                .containsExactly(
                        ServiceStep.ORDERED,
                        ServiceStep.DISPATCHED,
                        ServiceStep.CLAIMED,
                        ServiceStep.PASSED_ON,
                        ServiceStep.ACCEPTED,
                        ServiceStep.COMPLETED,
                        ServiceStep.RATED);
        // what the resident reads names no staff member
        assertThat(orders.timeline(placed.id()))
                .extracting(TimelineEntry::publicNote)
                .allSatisfy(note -> assertThat(DomainTexts.wording(note))
                        .doesNotContain(town.username(), police.username(), team.username(), "王警官"));
        assertThat(audit.of("service-order", placed.id()))
                .extracting(AuditEvent::action)
                .as("newest first")
                .containsExactly(
                        "service-order.completed",
                        "service-order.accepted",
                        "service-order.passed_on",
                        "service-order.claimed",
                        "service-order.dispatched");
    }

    @Test
    void staffSeeOnlyTheirTownsOrdersAndActOnlyWhenTheyHoldThem() {
        ServiceOrders.Placed placed = orders.place(order("冬季防火讲座"));

        assertThatThrownBy(() -> orders.view(placed.id(), otherTown)).isInstanceOf(ServiceOrderNotFound.class);
        assertThatThrownBy(() -> orders.dispatchToTeam(placed.id(), teamId, null, otherTown))
                .isInstanceOf(ServiceOrderNotFound.class);
        assertThat(orders.visibleTo(otherTown)).noneMatch(v -> v.order().getId() == placed.id());
        assertThatThrownBy(() -> orders.claim(placed.id(), police)).isInstanceOf(ServiceOrderNotFound.class);

        orders.dispatchToTeam(placed.id(), teamId, null, town);

        assertThatThrownBy(() -> orders.accept(placed.id(), "张三", tomorrow(), otherTeam))
                .isInstanceOf(ServiceOrderNotFound.class);
        assertThatThrownBy(() -> orders.dispatchToTeam(placed.id(), teamId, null, town))
                .isInstanceOf(ServiceOrderRefused.class)
                .satisfies(DomainTexts.saysPart("只有待派单的点单可以派单"));
        assertThatThrownBy(() -> orders.complete(placed.id(), 10, "报告", team))
                .isInstanceOf(ServiceOrderRefused.class)
                .satisfies(DomainTexts.saysPart("只有已接单的点单可以登记完成"));
    }

    @Test
    void theContactIsShownOnlyToWhoeverHoldsTheOrder() {
        ServiceOrders.Placed placed = orders.place(order("老年人防跌倒"));

        assertThat(orders.view(placed.id(), town).contactPhone()).isEqualTo("13800138000");
        orders.dispatchToDepartment(placed.id(), policeId, null, town);

        OrderView byTown = orders.view(placed.id(), town);
        assertThat(byTown.contactShown()).isFalse();
        assertThat(byTown.contactPhone()).isEqualTo("138****8000");
        assertThat(byTown.contactName()).isEqualTo("张**");
        assertThat(orders.view(placed.id(), police).contactPhone()).isEqualTo("13800138000");
    }

    @Test
    void aBadOrderNamesEachFieldAndStoresNothing() {
        long before = orders.visibleTo(town).size();
        NewServiceOrder empty =
                new NewServiceOrder(" ", null, "nowhere", null, "", "no-such", 0, "", "", "12345", false);

        assertThatThrownBy(() -> orders.place(empty))
                .isInstanceOfSatisfying(
                        ServiceOrderInvalid.class,
                        e -> assertThat(e.problems())
                                .containsOnlyKeys(
                                        "topic",
                                        "town",
                                        "village",
                                        "audience",
                                        "expectedAttendance",
                                        "preferredDates",
                                        "contactName",
                                        "contactPhone",
                                        "consent"));
        assertThat(orders.visibleTo(town)).hasSize((int) before);
    }

    @Test
    void lateOrdersAreFlaggedWithTheReason() {
        ServiceOrders.Placed placed = orders.place(order("沙尘暴防护"));
        ServiceOrder order = orders.view(placed.id(), town).order();
        Instant created = order.getCreatedAt();

        assertThat(orders.overdue(order, created.plus(Duration.ofDays(2)))).isEmpty();
        assertThat(orders.overdue(order, created.plus(Duration.ofDays(4))).map(DomainTexts::wording))
                .contains("超过 3 天未派单");

        ServiceOrder offered = orders.dispatchToTeam(placed.id(), teamId, null, town);
        assertThat(orders.overdue(offered, created.plus(Duration.ofDays(4)))).isEmpty();
        assertThat(orders.overdue(offered, created.plus(Duration.ofDays(8))).map(DomainTexts::wording))
                .contains("超过 7 天无队伍接单");

        ServiceOrder accepted = orders.accept(placed.id(), "赵医生", tomorrow(), team);
        assertThat(orders.overdue(accepted, created.plus(Duration.ofDays(8))).map(DomainTexts::wording))
                .contains("服务日期已过，尚未登记完成");
        assertThat(orders.visibleTo(team))
                .filteredOn(v -> v.order().getId() == placed.id())
                .singleElement()
                .satisfies(v -> assertThat(v.overdue()).isEmpty());
    }

    @Test
    void aDeclinedOrderGoesBackToTheDepartmentAndTheResidentReadsWhy() {
        ServiceOrders.Placed placed = orders.place(order("防溺水"));
        orders.dispatchToDepartment(placed.id(), policeId, null, town);
        orders.claim(placed.id(), police);
        orders.passOn(placed.id(), teamId, null, police);

        ServiceOrder back = orders.decline(placed.id(), "本周队员外出培训", team);

        assertThat(back.getStatus()).isEqualTo(ServiceOrderStatus.CLAIMED);
        assertThat(back.getTeamId()).isNull();
        assertThat(DomainTexts.wording(orders.timeline(placed.id()).get(4).publicNote()))
                .isEqualTo("志愿服务队暂时无法接单（本周队员外出培训），正在重新安排。");
    }

    @Test
    void ratingComesOnceAndOnlyAfterTheService() {
        ServiceOrders.Placed placed = orders.place(order("垃圾分类"));

        assertThatThrownBy(() -> orders.rate(placed.trackingToken(), 5, null))
                .isInstanceOf(ServiceOrderRefused.class)
                .satisfies(DomainTexts.saysPart("服务完成后才能评价"));
        orders.dispatchToTeam(placed.id(), teamId, null, town);
        orders.accept(placed.id(), "志愿者甲", tomorrow(), team);
        orders.complete(placed.id(), 30, "讲解分类方法。", team);
        assertThatThrownBy(() -> orders.rate(placed.trackingToken(), 6, null)).isInstanceOf(ServiceOrderRefused.class);
        orders.rate(placed.trackingToken(), 4, null);
        assertThatThrownBy(() -> orders.rate(placed.trackingToken(), 5, null))
                .isInstanceOf(ServiceOrderRefused.class)
                .satisfies(DomainTexts.saysPart("已经评价过"));
        assertThatThrownBy(() -> orders.rate("no-such-token", 5, null)).isInstanceOf(ServiceOrderNotFound.class);
    }

    @Test
    void duplicatesMergeCancelledOrdersSayWhyAndClosedOrdersLoseTheirContact() {
        ServiceOrders.Placed first = orders.place(order("科学养殖"));
        ServiceOrders.Placed duplicate = orders.place(order("科学养殖"));
        ServiceOrders.Placed unwanted = orders.place(order("天文观测"));

        orders.merge(duplicate.id(), first.id(), town);
        orders.cancel(unwanted.id(), "点单人电话告知不需要了", town);

        assertThat(orders.byToken(duplicate.trackingToken()).getStatus()).isEqualTo(ServiceOrderStatus.MERGED);
        assertThat(orders.timeline(unwanted.id()))
                .last()
                .extracting(step -> DomainTexts.wording(step.publicNote()))
                .isEqualTo("点单已取消：点单人电话告知不需要了");
        assertThatThrownBy(() -> orders.cancel(unwanted.id(), "再取消", town)).isInstanceOf(ServiceOrderRefused.class);

        assertThat(orders.eraseOldContacts()).isGreaterThanOrEqualTo(2);
        assertThat(orders.byToken(unwanted.trackingToken()).getContactPhone()).isNull();
        assertThat(orders.byToken(first.trackingToken()).getContactPhone()).isEqualTo("13800138000");
    }

    private NewServiceOrder order(String topic) {
        return new NewServiceOrder(
                topic, null, TOWN, village.id(), null, "elderly", 40, "12 月中旬的周末上午", "张大爷", "138 0013 8000", true);
    }

    private static LocalDate tomorrow() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1);
    }
}
