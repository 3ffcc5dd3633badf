package org.kepu.content.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.kepu.content.DomainTexts;
import org.kepu.content.account.Account;
import org.kepu.content.account.Role;
import org.kepu.content.video.Video;
import org.kepu.content.video.Videos;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

@SpringBootTest(properties = "kepu.jobs.enabled=false")
@Import(ContestFixture.class)
class EntriesTests {

    @Autowired
    ContestFixture fixture;

    @Autowired
    Entries entries;

    @Autowired
    Videos videos;

    @Test
    void anEntryIsPendingWithAVideoCarryingTheContestsLimits() {
        Contest contest = fixture.collecting();
        Account creator = fixture.person("小明", Role.CREATOR);

        Entry entry = entries.submit(
                contest.id(), creator.getId(), ContestFixture.draft("沙尘暴来了怎么办", "youth"), ContestFixture.video());

        assertThat(entry.status()).isEqualTo(EntryStatus.PENDING);
        assertThat(entry.anonCode()).matches("J-[A-Z]{4}");
        Video video = videos.find(entry.videoId()).orElseThrow();
        assertThat(video.isPublic()).isFalse();
        assertThat(video.limits().maxDurationSeconds()).isEqualTo(300);
        assertThat(video.limits().minShortSide()).isEqualTo(360);
        assertThat(video.getOwnerId()).isEqualTo(creator.getId());
    }

    @Test
    void aSecondEntryOverTheLimitIsRefusedButAWithdrawnOneFreesItsPlace() {
        Contest contest = fixture.collecting(1);
        Account creator = fixture.person("小红", Role.CREATOR);
        Entry first = entries.submit(
                contest.id(), creator.getId(), ContestFixture.draft("风沙", "youth"), ContestFixture.video());

        assertThatThrownBy(() -> entries.submit(
                        contest.id(), creator.getId(), ContestFixture.draft("雨水", "youth"), ContestFixture.video()))
                .isInstanceOf(ContestRuleBroken.class)
                .satisfies(DomainTexts.says("本赛事每人最多提交 1 件作品"));

        entries.withdraw(first.id(), creator.getId());
        assertThat(entries.submit(
                                contest.id(),
                                creator.getId(),
                                ContestFixture.draft("雨水", "youth"),
                                ContestFixture.video())
                        .status())
                .isEqualTo(EntryStatus.PENDING);
    }

    @Test
    void aVideoInAnotherFormatOrOverTheSizeIsRefusedAtSubmission() {
        Contest contest = fixture.collecting();
        Account creator = fixture.person("小刚", Role.CREATOR);

        assertThatThrownBy(() -> entries.submit(
                        contest.id(),
                        creator.getId(),
                        ContestFixture.draft("风", "youth"),
                        new EntryVideo("uploads/x", "作品.avi", 1000)))
                .isInstanceOf(ContestRuleBroken.class)
                .satisfies(DomainTexts.saysPart("mov, mp4"))
                .extracting(e -> ((ContestRuleBroken) e).field())
                .isEqualTo("uploadId");
        assertThatThrownBy(() -> entries.submit(
                        contest.id(),
                        creator.getId(),
                        ContestFixture.draft("风", "youth"),
                        new EntryVideo("uploads/x", "作品.mp4", 501L * 1024 * 1024)))
                .isInstanceOf(ContestRuleBroken.class)
                .satisfies(DomainTexts.saysPart("500 MB"));
        assertThat(entries.ofCreator(creator.getId())).isEmpty();
    }

    @Test
    void missingRequiredFieldsAndAMinorWithoutConsentAreRefusedNextToTheirField() {
        Contest contest = fixture.collecting();
        Account creator = fixture.person("小丽", Role.CREATOR);
        EntryDraft noUnit =
                new EntryDraft("标题", "简介", "youth", "video", " ", null, null, false, null, false, true, null);
        EntryDraft noConsent =
                new EntryDraft("标题", "简介", "youth", "video", "一中", null, null, true, "王建国", false, true, null);
        EntryDraft notOriginal =
                new EntryDraft("标题", "简介", "youth", "video", "一中", null, null, false, null, false, false, null);
        EntryDraft badTown =
                new EntryDraft("标题", "简介", "youth", "video", "一中", "atlantis", null, false, null, false, true, null);

        assertThatThrownBy(() -> entries.submit(contest.id(), creator.getId(), noUnit, ContestFixture.video()))
                .extracting(e -> ((ContestRuleBroken) e).field())
                .isEqualTo("unit");
        assertThatThrownBy(() -> entries.submit(contest.id(), creator.getId(), noConsent, ContestFixture.video()))
                .extracting(e -> ((ContestRuleBroken) e).field())
                .isEqualTo("guardianConsent");
        assertThatThrownBy(() -> entries.submit(contest.id(), creator.getId(), notOriginal, ContestFixture.video()))
                .extracting(e -> ((ContestRuleBroken) e).field())
                .isEqualTo("originality");
        assertThatThrownBy(() -> entries.submit(contest.id(), creator.getId(), badTown, ContestFixture.video()))
                .extracting(e -> ((ContestRuleBroken) e).field())
                .isEqualTo("townCode");
    }

    @Test
    void nothingIsSubmittedOrChangedAfterTheDeadline() {
        Contest contest = fixture.collecting();
        Account creator = fixture.person("小华", Role.CREATOR);
        Entry entry = entries.submit(
                contest.id(), creator.getId(), ContestFixture.draft("风", "youth"), ContestFixture.video());
        fixture.moveTo(contest, ContestPhase.SCREENING);

        assertThatThrownBy(() -> entries.submit(
                        contest.id(), creator.getId(), ContestFixture.draft("雨", "youth"), ContestFixture.video()))
                .isInstanceOf(ContestRuleBroken.class)
                .satisfies(DomainTexts.saysPart("已经截止"));
        assertThatThrownBy(() -> entries.update(entry.id(), creator.getId(), ContestFixture.draft("改名", "youth")))
                .isInstanceOf(ContestRuleBroken.class);
        assertThatThrownBy(() -> entries.replaceVideo(entry.id(), creator.getId(), ContestFixture.video()))
                .isInstanceOf(ContestRuleBroken.class);
        assertThat(entries.get(entry.id()).title()).isEqualTo("风");
    }

    @Test
    void aCreatorCannotReachAnotherCreatorsEntry() {
        Contest contest = fixture.collecting();
        Account owner = fixture.person("甲", Role.CREATOR);
        Account other = fixture.person("乙", Role.CREATOR);
        Entry entry =
                entries.submit(contest.id(), owner.getId(), ContestFixture.draft("风", "youth"), ContestFixture.video());

        assertThatThrownBy(() -> entries.owned(entry.id(), other.getId())).isInstanceOf(EntryNotFound.class);
        assertThatThrownBy(() -> entries.update(entry.id(), other.getId(), ContestFixture.draft("抢", "youth")))
                .isInstanceOf(EntryNotFound.class);
        assertThatThrownBy(() -> entries.withdraw(entry.id(), other.getId())).isInstanceOf(EntryNotFound.class);
        assertThat(entries.get(entry.id()).status()).isEqualTo(EntryStatus.PENDING);
    }

    @Test
    void aReturnedEntryIsFixedAndResubmittedThenAccepted() {
        Contest contest = fixture.collecting();
        Account creator = fixture.person("小林", Role.CREATOR);
        Entry entry = fixture.readyEntry(contest, creator, "风", "youth");

        assertThatThrownBy(() -> entries.giveBack(entry.id(), " ", "editor"))
                .isInstanceOf(ContestRuleBroken.class)
                .extracting(e -> ((ContestRuleBroken) e).field())
                .isEqualTo("reason");
        Entry returned = entries.giveBack(entry.id(), "简介太短，请补充科学原理", "editor");
        assertThat(returned.status()).isEqualTo(EntryStatus.RETURNED);
        assertThat(returned.returnReason()).isEqualTo("简介太短，请补充科学原理");

        Entry fixed = entries.update(entry.id(), creator.getId(), ContestFixture.draft("风从哪里来", "youth"));
        assertThat(fixed.status()).isEqualTo(EntryStatus.PENDING);
        assertThat(fixed.returnReason()).isNull();
        assertThat(entries.accept(entry.id(), "editor").status()).isEqualTo(EntryStatus.ACCEPTED);
        assertThat(entries.accepted(contest.id())).extracting(Entry::id).containsExactly(entry.id());
    }

    @Test
    void anEntryWhoseVideoIsStillTranscodingCannotBeAccepted() {
        Contest contest = fixture.collecting();
        Account creator = fixture.person("小周", Role.CREATOR);
        Entry entry = entries.submit(
                contest.id(), creator.getId(), ContestFixture.draft("风", "youth"), ContestFixture.video());

        assertThatThrownBy(() -> entries.accept(entry.id(), "editor"))
                .isInstanceOf(ContestRuleBroken.class)
                .satisfies(DomainTexts.saysPart("转码"));
    }
}
