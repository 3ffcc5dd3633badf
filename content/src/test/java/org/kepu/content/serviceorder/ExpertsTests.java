package org.kepu.content.serviceorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kepu.content.column.ColumnKind;
import org.kepu.content.column.Columns;
import org.kepu.content.column.ContentColumn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The 科普专家库: what an expert must be, who finds them, who reads their phone, who attaches them. */
@SpringBootTest(properties = {"kepu.jobs.enabled=false", "kepu.service-orders.keep-contact-for=0s"})
class ExpertsTests {

    @Autowired
    Experts experts;

    @Autowired
    ServiceOrders orders;

    @Autowired
    ServiceDirectory directory;

    @Autowired
    Columns columns;

    ServicePeopleFixture people;
    long health;
    long farming;

    @BeforeEach
    void themes() {
        people = new ServicePeopleFixture(orders, directory);
        health = column("jiankang", "健康生活");
        farming = column("nongmu", "农牧科技");
    }

    @Test
    void anExpertWithWrongFieldsIsRefusedFieldByFieldAndNothingIsSaved() {
        long before = count();
        ExpertDetails wrong = new ExpertDetails(
                " ",
                "单位",
                "no-such-town",
                null,
                Set.of(),
                false,
                false,
                true,
                "x".repeat(201),
                "12345",
                "no-such-user");

        assertThatThrownBy(() -> experts.add(wrong, "管理员"))
                .isInstanceOf(ExpertInvalid.class)
                .satisfies(e -> assertThat(((ExpertInvalid) e).problems())
                        .containsKeys(
                                "name", "townCode", "specialties", "languages", "availability", "phone", "username"));
        assertThat(count()).isEqualTo(before);
        assertThat(experts.problems(details("巴特尔" + people.suffix, ServicePeopleFixture.TOWN, null), null))
                .isEmpty();
        assertThat(experts.problems(details("巴特尔", null, null), null)).containsKey("townCode");
    }

    @Test
    void dispatchersFindExpertsBySpecialtyTownAndLanguageAndReadOnlyTheirOwnExpertsPhones() {
        String name = "其其格" + people.suffix;
        long id = experts.add(
                new ExpertDetails(
                        name,
                        "旗第一中学",
                        ServicePeopleFixture.TOWN,
                        null,
                        Set.of(health),
                        true,
                        true,
                        true,
                        "周末",
                        "13904770004",
                        null),
                "管理员");

        ExpertPage found = experts.search(
                new ExpertQuery(health, ServicePeopleFixture.TOWN, "mn", name, true, false, 0), people.town);
        ExpertPage elsewhere =
                experts.search(new ExpertQuery(null, null, null, name, false, false, 0), people.otherTown);

        assertThat(found.experts()).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo(id);
            assertThat(e.phone()).isEqualTo("13904770004");
            assertThat(e.contactShown()).isTrue();
        });
        assertThat(elsewhere.experts()).singleElement().satisfies(e -> {
            assertThat(e.phone()).isEqualTo("139****0004");
            assertThat(e.contactShown()).isFalse();
        });
        assertThat(experts.search(new ExpertQuery(farming, null, null, name, false, false, 0), people.town)
                        .experts())
                .isEmpty();
        assertThat(experts.search(
                                new ExpertQuery(null, ServicePeopleFixture.OTHER_TOWN, null, name, false, false, 0),
                                people.town)
                        .experts())
                .as("an expert of one town is not offered to another")
                .isEmpty();
        assertThatThrownBy(() -> experts.search(new ExpertQuery(null, null, null, "", false, false, 0), people.team))
                .isInstanceOf(ServicePeopleRefused.class);
    }

    @Test
    void aTypedPercentOrUnderscoreFindsThoseCharactersNotEveryone() {
        experts.add(details("李慧敏" + people.suffix, ServicePeopleFixture.TOWN, null), "管理员");

        assertThat(experts.search(new ExpertQuery(null, null, null, "%", false, false, 0), people.town)
                        .total())
                .isZero();
        assertThat(experts.search(new ExpertQuery(null, null, null, "_", false, false, 0), people.town)
                        .total())
                .isZero();
    }

    @Test
    void pagesHoldThirtyExpertsAndAPageBeyondTheEndIsEmpty() {
        String batch = "批量" + people.suffix;
        for (int i = 0; i < Experts.PAGE_SIZE + 5; i++) {
            experts.add(details(batch + "-" + i, ServicePeopleFixture.TOWN, null), "管理员");
        }

        ExpertPage first = experts.search(new ExpertQuery(null, null, null, batch, false, false, 0), people.town);
        ExpertPage second = experts.search(new ExpertQuery(null, null, null, batch, false, false, 1), people.town);
        ExpertPage beyond = experts.search(new ExpertQuery(null, null, null, batch, false, false, 99), people.town);

        assertThat(first.total()).isEqualTo(Experts.PAGE_SIZE + 5);
        assertThat(first.experts()).hasSize(Experts.PAGE_SIZE);
        assertThat(first.hasNext()).isTrue();
        assertThat(second.experts()).hasSize(5);
        assertThat(beyond.experts()).isEmpty();
    }

    @Test
    void theOrdersTownAttachesExpertsAnotherTownDoesNotSeeTheOrderAndRetiredExpertsStayAway() {
        long expert = experts.add(details("王建军" + people.suffix, ServicePeopleFixture.TOWN, null), "管理员");
        long retired = experts.add(details("退休" + people.suffix, ServicePeopleFixture.TOWN, null), "管理员");
        experts.retire(retired, "管理员");
        long order = people.accepted("消防安全讲座", people.community);

        experts.attach(order, expert, people.town);

        assertThatThrownBy(() -> experts.attach(order, expert, people.town)).isInstanceOf(ServicePeopleRefused.class);
        assertThatThrownBy(() -> experts.attach(order, expert, people.otherTown))
                .isInstanceOf(ServiceOrderNotFound.class);
        assertThatThrownBy(() -> experts.attach(order, retired, people.town)).isInstanceOf(ServicePeopleRefused.class);
        assertThat(experts.mayAttach(order, people.team))
                .as("teams take orders, they do not pick experts")
                .isFalse();
        assertThat(experts.attachedTo(order, people.team))
                .singleElement()
                .satisfies(e -> assertThat(e.contactShown()).isFalse());
        assertThat(experts.ordersOf(expert)).extracting(ServiceOrder::getId).containsExactly(order);
        assertThat(experts.search(new ExpertQuery(null, null, null, "退休" + people.suffix, false, false, 0), people.town)
                        .total())
                .isZero();

        orders.complete(order, 30, "讲了灭火器的用法。", people.team);
        assertThatThrownBy(() -> experts.detach(order, expert, people.town)).isInstanceOf(ServicePeopleRefused.class);
    }

    private ExpertDetails details(String name, String town, Long department) {
        return new ExpertDetails(
                name, "旗人民医院", town, department, Set.of(health), true, false, true, null, "13904770001", null);
    }

    private long count() {
        return experts.search(new ExpertQuery(null, null, null, "", false, true, 0), ServiceStaff.administrator("管理员"))
                .total();
    }

    private long column(String slug, String name) {
        return columns.findBySlug(slug + "-" + people.suffix)
                .orElseGet(() -> columns.create(
                        ContentColumn.create(
                                slug + "-" + people.suffix, name, name, ColumnKind.SERIES, 50, Instant.now()),
                        "编辑"))
                .id();
    }
}
