package org.kepu.content.serviceorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kepu.content.DomainTexts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Hours per completed order and person, the points rule, the year's ranking and the nominations. */
@SpringBootTest(properties = {"kepu.jobs.enabled=false", "kepu.service-orders.keep-contact-for=0s"})
class VolunteerHoursAndPointsTests {

    @Autowired
    ServiceOrders orders;

    @Autowired
    ServiceDirectory directory;

    @Autowired
    Volunteers volunteers;

    @Autowired
    VolunteerPoints points;

    @Autowired
    Clock clock;

    ServicePeopleFixture people;
    Volunteer wang;
    Volunteer li;
    PointsRule before;

    @BeforeEach
    void people() {
        people = new ServicePeopleFixture(orders, directory);
        wang = volunteers.add(people.teamId, "王警官", null, "管理员");
        li = volunteers.add(people.teamId, "李老师", null, "管理员");
        before = points.rule();
    }

    @AfterEach
    void ruleAsItWas() {
        points.changeRule(before, "管理员");
    }

    @Test
    void hoursWaitForCompletionAndComeFromTheTeamThatServed() {
        long open = people.accepted("防诈骗讲座", people.community);

        assertThatThrownBy(() -> volunteers.record(open, Map.of(wang.id(), BigDecimal.ONE), people.team))
                .isInstanceOf(ServicePeopleRefused.class)
                .satisfies(DomainTexts.saysPart("服务登记完成后"));
        orders.complete(open, 20, "讲了骗局。", people.team);
        assertThatThrownBy(() -> volunteers.record(open, Map.of(wang.id(), BigDecimal.ONE), people.town))
                .isInstanceOf(ServicePeopleRefused.class);
        assertThatThrownBy(() -> volunteers.record(open, Map.of(wang.id(), BigDecimal.ONE), people.otherTeam))
                .isInstanceOf(ServiceOrderNotFound.class);
        assertThat(volunteers.mayRecord(open, people.team)).isTrue();
        assertThat(volunteers.mayRecord(open, people.town)).isFalse();

        volunteers.record(open, Map.of(wang.id(), new BigDecimal("2")), people.team);
        volunteers.record(open, Map.of(wang.id(), new BigDecimal("1.5"), li.id(), new BigDecimal("0.5")), people.team);

        assertThat(volunteers.hoursOf(open, people.team))
                .extracting(
                        RecordedHours::name, h -> h.hours().stripTrailingZeros().toPlainString())
                .containsExactlyInAnyOrder(tuple("王警官", "1.5"), tuple("李老师", "0.5"));
    }

    @Test
    void wrongHoursOrPeopleOfAnotherTeamAreRefusedAndWhatWasRecordedStays() {
        long done = people.completed("防诈骗讲座", people.community, 30);
        Volunteer stranger = volunteers.add(people.otherTeamId, "外队的人", null, "管理员");
        volunteers.record(done, Map.of(wang.id(), new BigDecimal("2")), people.team);

        for (BigDecimal wrong : List.of(new BigDecimal("0.3"), new BigDecimal("24.5"), new BigDecimal("-1"))) {
            assertThatThrownBy(() -> volunteers.record(done, Map.of(li.id(), wrong), people.team))
                    .as(wrong.toPlainString())
                    .isInstanceOf(ServicePeopleRefused.class);
        }
        assertThatThrownBy(() -> volunteers.record(done, Map.of(stranger.id(), BigDecimal.ONE), people.team))
                .isInstanceOf(ServicePeopleRefused.class)
                .satisfies(DomainTexts.saysPart("不是这支队伍的成员"));
        assertThatThrownBy(() -> volunteers.record(done, Map.of(), people.team))
                .isInstanceOf(ServicePeopleRefused.class);

        assertThat(volunteers.hoursOf(done, people.team))
                .singleElement()
                .satisfies(h -> assertThat(h.hours()).isEqualByComparingTo("2"));
    }

    @Test
    void pointsFollowTheRuleForRatingsAndRemoteVillages() {
        points.changeRule(new PointsRule(BigDecimal.TEN, new BigDecimal("0.1"), new BigDecimal("1.5")), "管理员");
        long remote = people.completed("草原防火讲座", people.remoteVillage, 25);
        long near = people.completed("防诈骗讲座", people.community, 25);
        orders.rate(people.token(remote), 5, "很好");
        volunteers.record(remote, Map.of(wang.id(), new BigDecimal("2")), people.team);
        volunteers.record(near, Map.of(wang.id(), new BigDecimal("3"), li.id(), new BigDecimal("3")), people.team);

        List<Standing> ranking = points.ranking(ServiceYear.current(clock));

        // 王: 2 h × 10 × 1.2 (5 stars) × 1.5 (remote) = 36, plus 3 h × 10 = 30; 李: 30
        Standing first = standing(ranking, wang.id());
        Standing second = standing(ranking, li.id());
        assertThat(first.points()).isEqualByComparingTo("66");
        assertThat(first.hours()).isEqualByComparingTo("5");
        assertThat(first.orders()).isEqualTo(2);
        assertThat(second.points()).isEqualByComparingTo("30");
        assertThat(first.rank()).isLessThan(second.rank());
        assertThat(points.teams(ServiceYear.current(clock)))
                .filteredOn(t -> t.teamId() == people.teamId)
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.orders()).isEqualTo(2);
                    assertThat(t.people()).isEqualTo(50);
                    assertThat(t.hours()).isEqualByComparingTo("8");
                    assertThat(t.points()).isEqualByComparingTo("96");
                });
    }

    @Test
    void aRuleOutsideItsBoundsIsRefusedAndTheOldOneStays() {
        PointsRule current = points.rule();

        assertThatThrownBy(() ->
                        points.changeRule(new PointsRule(BigDecimal.TEN, new BigDecimal("0.5"), BigDecimal.ONE), "管理员"))
                .isInstanceOf(ServicePeopleRefused.class);
        assertThatThrownBy(() -> points.changeRule(
                        new PointsRule(BigDecimal.TEN, BigDecimal.ZERO, new BigDecimal("0.5")), "管理员"))
                .isInstanceOf(ServicePeopleRefused.class);
        assertThat(points.rule()).isEqualTo(current);
    }

    @Test
    void onlyRankedVolunteersAreNominatedAndOnlyOncePerCategory() {
        ServiceYear year = ServiceYear.current(clock);
        long done = people.completed("防诈骗讲座", people.community, 30);
        volunteers.record(done, Map.of(wang.id(), new BigDecimal("4")), people.team);

        points.nominate(year, wang.id(), NominationCategory.WORKER, "管理员");
        points.nominate(year, wang.id(), NominationCategory.OFFICER, "管理员");

        assertThatThrownBy(() -> points.nominate(year, wang.id(), NominationCategory.WORKER, "管理员"))
                .isInstanceOf(ServicePeopleRefused.class);
        assertThatThrownBy(() -> points.nominate(year, li.id(), NominationCategory.WORKER, "管理员"))
                .isInstanceOf(ServicePeopleRefused.class)
                .satisfies(DomainTexts.saysPart("积分排行"));
        assertThat(points.nominations(year))
                .filteredOn(n -> n.standing().volunteerId() == wang.id())
                .extracting(Nomination::category)
                .containsExactly(NominationCategory.WORKER, NominationCategory.OFFICER);
        points.withdraw(year, wang.id(), NominationCategory.OFFICER, "管理员");
        assertThat(points.nominations(year))
                .filteredOn(n -> n.standing().volunteerId() == wang.id())
                .hasSize(1);
    }

    @Test
    void aYearOutsideThePlatformIsABadRequest() {
        assertThatThrownBy(() -> new ServiceYear(1999)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ServiceYear(99999)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Standing standing(List<Standing> ranking, long volunteer) {
        return ranking.stream()
                .filter(s -> s.volunteerId() == volunteer)
                .findFirst()
                .orElseThrow();
    }
}
