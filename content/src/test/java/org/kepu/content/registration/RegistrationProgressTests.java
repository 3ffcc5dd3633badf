package org.kepu.content.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

// A context of its own, closed afterwards: a cached context that Spring paused while other test
// classes ran cannot restart its job scheduler (JobWorkers), so it is never resumed.
@SpringBootTest(properties = "kepu.test.context=registration-progress")
@DirtiesContext
class RegistrationProgressTests {

    static final RegistrationActor ADMIN = RegistrationActor.admin(null, "测试管理员");

    @Autowired
    RegistrationEntries entries;

    @Autowired
    RegistrationTargets targets;

    @Autowired
    RegistrationProgress progress;

    final String unit = "进度测试村-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void thePlansTargetIsSeededAndNewPeriodsAreData() {
        RegistrationTarget plan = targets.all().stream()
                .filter(t -> t.deadline().equals(LocalDate.of(2025, 12, 31)))
                .findFirst()
                .orElseThrow();
        assertThat(plan.goal()).isEqualTo(30000);
        assertThat(targets.current(LocalDate.of(2024, 6, 1))).get().isEqualTo(plan);

        long next = targets.create("“十五五”科普中国信息员注册", LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31), 50000);

        assertThat(targets.current(LocalDate.of(2027, 3, 1)))
                .get()
                .extracting(RegistrationTarget::id)
                .isEqualTo(next);
        assertThat(targets.current(LocalDate.of(2024, 6, 1))).get().isEqualTo(plan);
    }

    @Test
    void aTownsCountIsTheSumOfItsUnitsLatestCountsAgainstItsAllocation() {
        long target = targets.create("测试目标-" + unit, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31), 1_000_000);
        targets.allocate(target, Map.of("subuerga", 500_000));
        int before = town(target, "subuerga").total();

        add(unit + "-a", "2025-01-31", 100, 10, 50L);
        add(unit + "-a", "2025-02-28", 160, 12, 70L);
        add(unit + "-b", "2025-02-15", 40, 1, 0L);

        RegistrationSnapshot.TownProgress town = town(target, "subuerga");
        assertThat(town.total()).isEqualTo(before + 200);
        assertThat(town.goal()).isEqualTo(500_000);
        assertThat(town.percent()).isEqualTo(RegistrationProgress.percent(town.total(), 500_000));
    }

    @Test
    void aManualReportFollowsTheRulesOfAnImportedRow() {
        List<Problem> otherTown = entries.add(
                new ManualReport("jasag", unit, LocalDate.of(2025, 3, 1), 10L, null, null),
                RegistrationActor.registrar(null, "阿镇登记员", "altanxiret"));
        add(unit, "2025-03-01", 50, null, null);
        List<Problem> lower =
                entries.add(new ManualReport("subuerga", unit, LocalDate.of(2025, 4, 1), 45L, null, null), ADMIN);

        assertThat(otherTown).extracting(Problem::code).containsExactly("OTHER_TOWN");
        assertThat(lower).extracting(Problem::code).containsExactly("DECREASED");
    }

    private void add(String unitName, String date, long registered, Integer active, Long shares) {
        List<Problem> problems = entries.add(
                new ManualReport(
                        "subuerga",
                        unitName,
                        LocalDate.parse(date),
                        registered,
                        active == null ? null : (long) active,
                        shares),
                ADMIN);
        assertThat(problems).noneMatch(Problem::isError);
    }

    private RegistrationSnapshot.TownProgress town(long targetId, String code) {
        RegistrationTarget target = targets.find(targetId).orElseThrow();
        return progress.snapshot(target, progress.today()).towns().stream()
                .filter(t -> t.townCode().equals(code))
                .findFirst()
                .orElseThrow();
    }
}
