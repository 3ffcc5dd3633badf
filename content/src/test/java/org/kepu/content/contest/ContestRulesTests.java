package org.kepu.content.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kepu.content.DomainTexts;

class ContestRulesTests {

    static final Instant T = Instant.parse("2026-03-01T00:00:00Z");

    @Test
    void thePhaseFollowsTheDates() {
        ContestSchedule s =
                new ContestSchedule(T, T.plusSeconds(100), T.plusSeconds(200), T.plusSeconds(300), T.plusSeconds(400));

        assertThat(s.phaseAt(T.minusSeconds(1))).isEqualTo(ContestPhase.UPCOMING);
        assertThat(s.phaseAt(T)).isEqualTo(ContestPhase.COLLECTING);
        assertThat(s.phaseAt(T.plusSeconds(100))).isEqualTo(ContestPhase.SCREENING);
        assertThat(s.phaseAt(T.plusSeconds(250))).isEqualTo(ContestPhase.JUDGING);
        assertThat(s.phaseAt(T.plusSeconds(300))).isEqualTo(ContestPhase.PUBLICITY);
        assertThat(s.phaseAt(T.plusSeconds(400))).isEqualTo(ContestPhase.RESULTS);
        assertThat(s.acceptsEntries(T.plusSeconds(99))).isTrue();
        assertThat(s.acceptsEntries(T.plusSeconds(100)))
                .as("the deadline itself is late")
                .isFalse();
        assertThat(s.screens(T.plusSeconds(150))).isTrue();
        assertThat(s.judges(T.plusSeconds(150))).isFalse();
    }

    @Test
    void datesOutOfOrderAreRefused() {
        assertThatThrownBy(() -> new ContestSchedule(
                        T, T.plusSeconds(300), T.plusSeconds(200), T.plusSeconds(400), T.plusSeconds(500)))
                .isInstanceOf(ContestRuleBroken.class)
                .satisfies(DomainTexts.saysPart("依次排列"));
    }

    @Test
    void aRubricMustAddUpToOneHundred() {
        ContestDefinition good = ContestFixture.definition("kepu-2026", ContestFixture.collectingSchedule(), 2);

        assertThatThrownBy(() -> new ContestDefinition(
                        good.slug(),
                        good.title(),
                        good.theme(),
                        good.rulesHtml(),
                        good.schedule(),
                        good.limits(),
                        good.groups(),
                        good.categories(),
                        List.of(new Criterion("科学性", 30), new Criterion("创新性", 25)),
                        good.awardSlots(),
                        good.requiredFields()))
                .isInstanceOf(ContestRuleBroken.class)
                .satisfies(DomainTexts.saysPart("合计须为 100"));
        assertThatThrownBy(() -> new ContestDefinition(
                        "Bad Slug!",
                        good.title(),
                        good.theme(),
                        good.rulesHtml(),
                        good.schedule(),
                        good.limits(),
                        good.groups(),
                        good.categories(),
                        good.rubric(),
                        good.awardSlots(),
                        good.requiredFields()))
                .isInstanceOf(ContestRuleBroken.class);
        assertThatThrownBy(() -> new ContestDefinition(
                        good.slug(),
                        good.title(),
                        good.theme(),
                        good.rulesHtml(),
                        good.schedule(),
                        good.limits(),
                        List.of(new Track("youth", "青少年组"), new Track("youth", "又一个")),
                        good.categories(),
                        good.rubric(),
                        good.awardSlots(),
                        good.requiredFields()))
                .isInstanceOf(ContestRuleBroken.class)
                .satisfies(DomainTexts.saysPart("唯一"));
    }

    @Test
    void limitsAcceptOnlyTheListedFormats() {
        ContestLimits limits = new ContestLimits(300, 500, 360, Set.of(" MP4", ".mov"), 2);

        assertThat(limits.accepts("我的作品.MP4")).isTrue();
        assertThat(limits.accepts("clip.mov")).isTrue();
        assertThat(limits.accepts("clip.avi")).isFalse();
        assertThat(limits.accepts("mp4")).isFalse();
        assertThat(limits.formatList()).isEqualTo("mov, mp4");
    }

    @Test
    void fiveOrMoreJudgesLoseTheHighestAndLowestTotal() {
        List<BigDecimal> five = List.of(dec("90"), dec("80"), dec("70"), dec("60"), dec("10"));
        List<BigDecimal> four = List.of(dec("90"), dec("80"), dec("70"), dec("10"));

        assertThat(Aggregation.score(five)).isEqualByComparingTo("70");
        assertThat(Aggregation.score(four)).isEqualByComparingTo("62.5");
        assertThat(Aggregation.score(List.of())).isNull();
    }

    @Test
    void aJudgesTotalIsWeightedByTheRubric() {
        List<Criterion> rubric = List.of(
                new Criterion("科学性", 30), new Criterion("创新性", 25), new Criterion("艺术性", 25), new Criterion("传播性", 20));

        // 90×0.30 + 80×0.25 + 70×0.25 + 60×0.20 = 27 + 20 + 17.5 + 12 = 76.5
        assertThat(Judging.weightedTotal(rubric, List.of(90, 80, 70, 60))).isEqualByComparingTo("76.5");
    }

    @Test
    void contactsAreMasked() {
        assertThat(Masks.phone("13812341234")).isEqualTo("138****1234");
        assertThat(Masks.email("zhangsan@qq.com")).isEqualTo("z***@qq.com");
        assertThat(Masks.contact("13812341234")).isEqualTo("138****1234");
    }

    @Test
    void contactsAreNormalizedOrRefused() {
        assertThat(Creators.normalize(" +86 138-1234-1234 ")).isEqualTo("13812341234");
        assertThat(Creators.normalize("Li.Hua@Example.COM")).isEqualTo("li.hua@example.com");
        assertThat(Creators.normalize("zhang-san@ejin-horo.cn")).isEqualTo("zhang-san@ejin-horo.cn");
        assertThatThrownBy(() -> Creators.normalize("12345")).isInstanceOf(ContestRuleBroken.class);
        assertThatThrownBy(() -> Creators.normalize("<script>@x")).isInstanceOf(ContestRuleBroken.class);
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }
}
