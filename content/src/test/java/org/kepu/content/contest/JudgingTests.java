package org.kepu.content.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.kepu.content.DomainTexts;
import org.kepu.content.account.Account;
import org.kepu.content.account.Role;
import org.kepu.content.audit.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

@SpringBootTest(properties = "kepu.jobs.enabled=false")
@Import(ContestFixture.class)
class JudgingTests {

    @Autowired
    ContestFixture fixture;

    @Autowired
    Entries entries;

    @Autowired
    Judging judging;

    @Autowired
    Ranking ranking;

    @Autowired
    Contests contests;

    @Autowired
    ContestExport export;

    @Autowired
    AuditLog audit;

    @Test
    void aJudgeSeesOnlyTheAcceptedEntriesOfTheirGroupAndNoNames() {
        Contest contest = fixture.collecting();
        Entry youth = accepted(contest, "风从哪里来", "youth");
        Entry adult = accepted(contest, "牧区防雪灾", "adult");
        Entry pending = entries.submit(
                contest.id(),
                fixture.person("未审", Role.CREATOR).getId(),
                ContestFixture.draft("待审作品", "youth"),
                ContestFixture.video());
        Account judge = fixture.person("评委甲", Role.JUDGE);
        judging.assign(contest.id(), judge.getId(), "youth", null, "admin");
        fixture.moveTo(contest, ContestPhase.JUDGING);

        List<BlindEntry> pool = judging.pool(contest.id(), judge.getId());

        assertThat(pool).extracting(BlindEntry::entryId).containsExactly(youth.id());
        assertThat(pool.get(0).anonCode()).isEqualTo(youth.anonCode());
        assertThat(BlindEntry.class.getRecordComponents())
                .extracting(c -> c.getName())
                .doesNotContain("unit", "creatorId", "teamMembers", "townCode", "guardianName");
        assertThatThrownBy(() -> judging.entry(adult.id(), judge.getId())).isInstanceOf(EntryNotFound.class);
        assertThatThrownBy(() -> judging.entry(pending.id(), judge.getId())).isInstanceOf(EntryNotFound.class);
        assertThatThrownBy(() -> judging.score(adult.id(), judge.getId(), List.of(80, 80, 80, 80), null, null, true))
                .isInstanceOf(EntryNotFound.class);
    }

    @Test
    void onlyJudgesCanBeAssigned() {
        Contest contest = fixture.collecting();
        Account creator = fixture.person("创作者", Role.CREATOR);

        assertThatThrownBy(() -> judging.assign(contest.id(), creator.getId(), null, null, "admin"))
                .isInstanceOf(ContestRuleBroken.class)
                .satisfies(DomainTexts.saysPart("评委角色"));
    }

    @Test
    void scoresAreRefusedOutsideJudgingAndAfterSubmission() {
        Contest contest = fixture.collecting();
        Entry entry = accepted(contest, "风从哪里来", "youth");
        Account judge = judgeOf(contest, "评委乙");

        assertThatThrownBy(() -> judging.score(entry.id(), judge.getId(), List.of(80, 80, 80, 80), null, null, false))
                .isInstanceOf(ContestRuleBroken.class)
                .satisfies(DomainTexts.saysPart("不是评审阶段"));

        fixture.moveTo(contest, ContestPhase.JUDGING);
        ScoreSheet draft =
                judging.score(entry.id(), judge.getId(), Arrays.asList(70, null, null, null), null, "先看一遍", false);
        assertThat(draft.submitted()).isFalse();
        assertThatThrownBy(() ->
                        judging.score(entry.id(), judge.getId(), Arrays.asList(70, null, 60, 60), null, null, true))
                .isInstanceOf(ContestRuleBroken.class)
                .satisfies(DomainTexts.saysPart("创新性"));
        assertThatThrownBy(() -> judging.score(entry.id(), judge.getId(), List.of(70, 101, 60, 60), null, null, false))
                .isInstanceOf(ContestRuleBroken.class)
                .satisfies(DomainTexts.saysPart("0 到 100"));

        ScoreSheet done = judging.score(
                entry.id(), judge.getId(), List.of(90, 80, 70, 60), List.of("原理讲得清楚", "", "", ""), "好作品", true);
        assertThat(done.total()).isEqualByComparingTo("76.5");
        assertThat(done.comments().get(0)).isEqualTo("原理讲得清楚");
        assertThatThrownBy(
                        () -> judging.score(entry.id(), judge.getId(), List.of(100, 100, 100, 100), null, null, true))
                .isInstanceOf(ContestRuleBroken.class)
                .satisfies(DomainTexts.saysPart("不能重复评分"));
        assertThat(judging.progress(contest.id(), judge.getId())).isEqualTo(new JudgeProgress(1, 1, 0));

        fixture.moveTo(contest, ContestPhase.PUBLICITY);
        Account late = fixture.person("迟到评委", Role.JUDGE);
        judging.assign(contest.id(), late.getId(), null, null, "admin");
        assertThatThrownBy(() -> judging.score(entry.id(), late.getId(), List.of(90, 90, 90, 90), null, null, true))
                .isInstanceOf(ContestRuleBroken.class);
    }

    @Test
    void aDeclaredConflictIsNotScoredAndNotCounted() {
        Contest contest = fixture.collecting();
        Entry entry = accepted(contest, "风从哪里来", "youth");
        Account judge = judgeOf(contest, "评委丙");
        fixture.moveTo(contest, ContestPhase.JUDGING);

        judging.declareConflict(entry.id(), judge.getId(), "作者是我的学生");

        assertThatThrownBy(() -> judging.score(entry.id(), judge.getId(), List.of(90, 90, 90, 90), null, null, true))
                .isInstanceOf(ContestRuleBroken.class)
                .satisfies(DomainTexts.saysPart("回避"));
        assertThat(judging.progress(contest.id(), judge.getId())).isEqualTo(new JudgeProgress(1, 0, 1));
        assertThat(audit.of("entry", entry.id())).anySatisfy(event -> {
            assertThat(event.action()).isEqualTo("judge.conflict");
            assertThat(event.actor()).isEqualTo(judge.getUsername());
        });
        assertThat(ranking.byGroup(contest.id()).get("youth").get(0).judges()).isZero();
    }

    @Test
    void theRankingDropsExtremesWithFiveJudgesBreaksTiesAndFillsTheSlots() {
        Contest contest = fixture.collecting();
        Entry a = accepted(contest, "作品甲", "youth");
        Entry b = accepted(contest, "作品乙", "youth");
        Entry c = accepted(contest, "作品丙", "youth");
        Entry d = accepted(contest, "作品丁", "youth");
        List<Account> judges = List.of(
                judgeOf(contest, "评委1"),
                judgeOf(contest, "评委2"),
                judgeOf(contest, "评委3"),
                judgeOf(contest, "评委4"),
                judgeOf(contest, "评委5"));
        fixture.moveTo(contest, ContestPhase.JUDGING);
        // a: totals 100, 80, 80, 80, 0 → extremes dropped → 80 (the mean would be 68)
        int[] aScores = {100, 80, 80, 80, 0};
        for (int i = 0; i < 5; i++) {
            int s = aScores[i];
            judging.score(a.id(), judges.get(i).getId(), List.of(s, s, s, s), null, null, true);
        }
        // b: 75 from three judges; c: 74.5 three times and 74.85 once → 74.5875
        for (int i = 0; i < 3; i++) {
            judging.score(b.id(), judges.get(i).getId(), List.of(70, 80, 80, 70), null, null, true); // 21+20+20+14 = 75
            judging.score(
                    c.id(), judges.get(i).getId(), List.of(90, 70, 60, 75), null, null, true); // 27+17.5+15+15 = 74.5
        }
        judging.score(
                c.id(), judges.get(3).getId(), List.of(80, 75, 70, 73), null, null, true); // 24+18.75+17.5+14.6 = 74.85
        fixture.moveTo(contest, ContestPhase.PUBLICITY);

        List<RankedEntry> youth = ranking.byGroup(contest.id()).get("youth");

        assertThat(youth).extracting(r -> r.entry().id()).containsExactly(a.id(), b.id(), c.id(), d.id());
        assertThat(youth.get(0).score()).isEqualByComparingTo("80");
        assertThat(youth.get(0).judges()).isEqualTo(5);
        assertThat(youth)
                .extracting(RankedEntry::award)
                .containsExactly(Award.FIRST, Award.SECOND, Award.THIRD, Award.NONE);
        assertThat(youth.get(3).score()).as("no scores, no award").isNull();
    }

    @Test
    void equalScoresAreOrderedByTheHeaviestCriterion() {
        Contest contest = fixture.collecting();
        Entry f = accepted(contest, "作品庚", "youth");
        Entry e = accepted(contest, "作品己", "youth");
        Account judge = judgeOf(contest, "评委A");
        fixture.moveTo(contest, ContestPhase.JUDGING);
        judging.score(f.id(), judge.getId(), List.of(60, 80, 80, 80), null, null, true); // 18+20+20+16 = 74
        judging.score(e.id(), judge.getId(), List.of(90, 60, 60, 85), null, null, true); // 27+15+15+17 = 74

        List<RankedEntry> youth = ranking.byGroup(contest.id()).get("youth");

        assertThat(youth.get(0).score()).isEqualByComparingTo(youth.get(1).score());
        assertThat(youth)
                .extracting(r -> r.entry().id())
                .as("科学性 90 before 60, though f came first")
                .containsExactly(e.id(), f.id());
        assertThat(youth.get(0).tieBreak()).isEqualByComparingTo("90");
    }

    @Test
    void anAdminChangesAnAwardOnlyWithAReasonAndItIsLogged() {
        Contest contest = fixture.collecting();
        Entry a = accepted(contest, "作品甲", "adult");
        Account judge = judgeOf(contest, "评委B");
        fixture.moveTo(contest, ContestPhase.JUDGING);
        judging.score(a.id(), judge.getId(), List.of(90, 90, 90, 90), null, null, true);

        assertThatThrownBy(() -> ranking.changeAward(a.id(), Award.NONE, "", "admin"))
                .isInstanceOf(ContestRuleBroken.class);
        ranking.changeAward(a.id(), Award.NONE, "经查作品涉嫌抄袭", "admin");

        RankedEntry ranked = ranking.byGroup(contest.id()).get("adult").get(0);
        assertThat(ranked.computedAward()).isEqualTo(Award.FIRST);
        assertThat(ranked.award()).isEqualTo(Award.NONE);
        assertThat(ranked.awardReason()).isEqualTo("经查作品涉嫌抄袭");
        assertThat(audit.of("entry", a.id()))
                .anySatisfy(event -> assertThat(event.detail()).contains("抄袭"));
    }

    @Test
    void resultsArePublishedOnlyAfterJudging() {
        Contest contest = fixture.collecting();
        fixture.moveTo(contest, ContestPhase.JUDGING);

        assertThatThrownBy(() -> contests.publishResults(contest.id(), "admin")).isInstanceOf(ContestRuleBroken.class);
        assertThat(contests.get(contest.id()).resultsPublished()).isFalse();
        fixture.moveTo(contest, ContestPhase.PUBLICITY);
        assertThat(contests.publishResults(contest.id(), "admin").resultsPublished())
                .isTrue();
    }

    @Test
    void theExportHoldsTheRankingAndIsLogged() throws IOException {
        Contest contest = fixture.collecting();
        Entry a = accepted(contest, "作品甲", "youth");
        Entry b = accepted(contest, "作品乙", "youth");
        Account judge = judgeOf(contest, "评委C");
        fixture.moveTo(contest, ContestPhase.JUDGING);
        judging.score(a.id(), judge.getId(), List.of(60, 60, 60, 60), null, null, true);
        judging.score(b.id(), judge.getId(), List.of(90, 90, 90, 90), null, null, true);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(contest.id(), "admin-x", out, word -> "w-" + word);

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(3)).isEqualTo("w-title");
            assertThat(rows.get(1).getCellText(3)).isEqualTo("作品乙");
            assertThat(rows.get(1).getCellText(6)).isEqualTo("w-award.FIRST");
            assertThat(rows.get(2).getCellText(3)).isEqualTo("作品甲");
            assertThat(rows.get(2).getCellText(6)).isEqualTo("w-award.SECOND");
            assertThat(workbook.getSheets().map(s -> s.getName()).toList())
                    .containsExactly("w-sheet.ranking", "w-sheet.entries", "w-sheet.scores");
        }
        assertThat(audit.of("contest", contest.id())).anySatisfy(event -> {
            assertThat(event.action()).isEqualTo("contest.exported");
            assertThat(event.actor()).isEqualTo("admin-x");
        });
    }

    private Entry accepted(Contest contest, String title, String group) {
        Entry entry = fixture.readyEntry(contest, fixture.person("作者", Role.CREATOR), title, group);
        return entries.accept(entry.id(), "editor");
    }

    private Account judgeOf(Contest contest, String name) {
        Account judge = fixture.person(name, Role.JUDGE);
        judging.assign(contest.id(), judge.getId(), null, null, "admin");
        return judge;
    }
}
