package org.kepu.content.serviceorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kepu.content.indicator.Indicator;
import org.kepu.content.indicator.IndicatorSource;
import org.kepu.content.indicator.IndicatorValue;
import org.kepu.content.indicator.Indicators;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The plan indicators that count what was done move with completed orders and recorded hours, and only then. */
@SpringBootTest(properties = {"kepu.jobs.enabled=false", "kepu.service-orders.keep-contact-for=0s"})
class ServiceIndicatorsTests {

    @Autowired
    ServiceOrders orders;

    @Autowired
    ServiceDirectory directory;

    @Autowired
    Volunteers volunteers;

    @Autowired
    Indicators indicators;

    ServicePeopleFixture people;

    @BeforeEach
    void people() {
        people = new ServicePeopleFixture(orders, directory);
    }

    @Test
    void aCompletedLectureOf42MovesLecturesByOnePeopleBy42AndHoursByWhatWasRecorded() {
        long lecture = people.accepted("防电信诈骗讲座", people.remoteVillage);
        Volunteer wang = volunteers.add(people.teamId, "王警官", null, "管理员");
        Volunteer li = volunteers.add(people.teamId, "李老师", "13900000001", "管理员");
        Map<String, BigDecimal> before = values();

        orders.complete(lecture, 42, "讲解了冒充客服、刷单返利等骗局。", people.team);
        Map<String, BigDecimal> completed = values();
        volunteers.record(lecture, Map.of(wang.id(), new BigDecimal("2.5"), li.id(), new BigDecimal("3")), people.team);
        Map<String, BigDecimal> recorded = values();

        assertThat(completed.get("service-lectures").subtract(before.get("service-lectures")))
                .isEqualByComparingTo("1");
        assertThat(completed.get("service-activities").subtract(before.get("service-activities")))
                .isEqualByComparingTo("1");
        assertThat(completed.get("service-people-reached").subtract(before.get("service-people-reached")))
                .isEqualByComparingTo("42");
        assertThat(completed.get("volunteer-service-hours"))
                .isEqualByComparingTo(before.get("volunteer-service-hours"));
        assertThat(recorded.get("volunteer-service-hours").subtract(before.get("volunteer-service-hours")))
                .isEqualByComparingTo("5.5");
        assertThat(recorded.get("service-lectures")).isEqualByComparingTo(completed.get("service-lectures"));
    }

    @Test
    void anActivityThatIsNoLectureCountsAsAnActivityOnly() {
        long checkUp = people.accepted("健康义诊", people.community);
        Map<String, BigDecimal> before = values();

        orders.complete(checkUp, 30, "为 30 位老人量血压。", people.team);
        Map<String, BigDecimal> after = values();

        assertThat(after.get("service-lectures")).isEqualByComparingTo(before.get("service-lectures"));
        assertThat(after.get("service-activities").subtract(before.get("service-activities")))
                .isEqualByComparingTo("1");
    }

    @Test
    void anOrderNotYetCompletedMovesNothing() {
        Map<String, BigDecimal> before = values();

        people.accepted("冬季防火讲座", people.community);

        assertThat(values()).isEqualTo(before);
    }

    @Test
    void computedIndicatorsSayWhereTheirValueComesFromAndTakeNoTypedReports() {
        Indicator lectures = indicators.all().stream()
                .filter(i -> i.code().equals("service-lectures"))
                .findFirst()
                .orElseThrow();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

        assertThat(lectures.source()).isEqualTo(IndicatorSource.COMPUTED);
        assertThat(indicators.values())
                .filteredOn(v -> v.code().equals("venue-area"))
                .singleElement()
                .extracting(IndicatorValue::source)
                .isEqualTo(IndicatorSource.TYPED);
        assertThat(indicators.values())
                .filteredOn(v -> v.code().equals("service-lectures"))
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.asOf()).isEqualTo(today);
                    assertThat(v.value()).isNotNull();
                });
        assertThat(indicators.typed()).noneMatch(i -> i.source() == IndicatorSource.COMPUTED);
        assertThatThrownBy(() -> indicators.report(lectures.id(), today, BigDecimal.TEN, "手填", "管理员"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lecturesAreToldApartByTheWordsTheyAreOrderedBy() {
        assertThat(ServiceKind.of("防电信诈骗讲座")).isEqualTo(ServiceKind.LECTURE);
        assertThat(ServiceKind.of("反诈宣讲进社区")).isEqualTo(ServiceKind.LECTURE);
        assertThat(ServiceKind.of("健康义诊")).isEqualTo(ServiceKind.ACTIVITY);
        assertThat(ServiceKind.of(null)).isEqualTo(ServiceKind.ACTIVITY);
    }

    private Map<String, BigDecimal> values() {
        return indicators.values().stream()
                .filter(v -> v.source() == IndicatorSource.COMPUTED)
                .collect(Collectors.toMap(IndicatorValue::code, IndicatorValue::value));
    }
}
