package org.kepu.content.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.kepu.content.DomainTexts;
import org.kepu.content.account.Account;
import org.kepu.content.account.Accounts;
import org.kepu.content.account.Role;
import org.kepu.content.video.Videos;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

@SpringBootTest(properties = {"kepu.jobs.enabled=false", "kepu.contest.votes.burst-accounts=3"})
@Import(ContestFixture.class)
class VotesAndPrivacyTests {

    @Autowired
    ContestFixture fixture;

    @Autowired
    Entries entries;

    @Autowired
    Votes votes;

    @Autowired
    Creators creators;

    @Autowired
    Accounts accounts;

    @Autowired
    Videos videos;

    @Test
    void oneVotePerEntryPerAccountPerDayOnlyWhileJudging() {
        Contest contest = fixture.collecting();
        Entry entry = accepted(contest);
        Account voter = fixture.person("观众", Role.CREATOR);

        assertThatThrownBy(() -> votes.vote(contest.id(), entry.id(), voter.getId(), "10.0.0.1"))
                .isInstanceOf(ContestRuleBroken.class)
                .satisfies(DomainTexts.saysPart("投票时间"));
        fixture.moveTo(contest, ContestPhase.JUDGING);

        assertThat(votes.vote(contest.id(), entry.id(), voter.getId(), "10.0.0.1"))
                .isEqualTo(1);
        assertThat(votes.votedToday(entry.id(), voter.getId())).isTrue();
        assertThatThrownBy(() -> votes.vote(contest.id(), entry.id(), voter.getId(), "10.0.0.2"))
                .isInstanceOf(ContestRuleBroken.class)
                .satisfies(DomainTexts.saysPart("今天已经"));
        assertThat(entries.get(entry.id()).voteCount()).isEqualTo(1);
    }

    @Test
    void votesForEntriesNotAcceptedAreRefused() {
        Contest contest = fixture.collecting();
        Entry pending = entries.submit(
                contest.id(),
                fixture.person("作者", Role.CREATOR).getId(),
                ContestFixture.draft("风", "youth"),
                ContestFixture.video());
        fixture.moveTo(contest, ContestPhase.JUDGING);

        assertThatThrownBy(() -> votes.vote(
                        contest.id(),
                        pending.id(),
                        fixture.person("观众", Role.CREATOR).getId(),
                        "10.0.0.3"))
                .isInstanceOf(EntryNotFound.class);
    }

    @Test
    void manyAccountsVotingFromOneAddressAreFlagged() {
        Contest contest = fixture.collecting();
        Entry entry = accepted(contest);
        fixture.moveTo(contest, ContestPhase.JUDGING);

        votes.vote(contest.id(), entry.id(), fixture.person("甲", Role.CREATOR).getId(), "10.9.9.9");
        votes.vote(contest.id(), entry.id(), fixture.person("乙", Role.CREATOR).getId(), "10.9.9.9");
        assertThat(votes.flags(contest.id())).isEmpty();
        votes.vote(contest.id(), entry.id(), fixture.person("丙", Role.CREATOR).getId(), "10.9.9.9");
        votes.vote(contest.id(), entry.id(), fixture.person("丁", Role.CREATOR).getId(), "10.9.9.9");

        assertThat(votes.flags(contest.id())).singleElement().satisfies(flag -> {
            assertThat(flag.ip()).isEqualTo("10.9.9.9");
            assertThat(flag.accounts()).isEqualTo(4);
        });
        assertThat(entries.get(entry.id()).voteCount())
                .as("flagged, not dropped")
                .isEqualTo(4);
    }

    @Test
    void aCreatorRegistersWithConsentAndDownloadsTheirData() {
        String phone = "139" + String.format("%08d", (int) (Math.random() * 100_000_000));

        assertThatThrownBy(() -> creators.register(phone, "小明", "{noop}pw", false))
                .isInstanceOf(ContestRuleBroken.class)
                .satisfies(DomainTexts.saysPart("个人信息"));
        Account account = creators.register(phone, "小明", "{noop}pw", true);
        assertThatThrownBy(() -> creators.register(phone, "又一个", "{noop}pw", true))
                .isInstanceOf(ContestRuleBroken.class)
                .satisfies(DomainTexts.saysPart("已经注册"));

        assertThat(account.getRoles()).containsExactly(Role.CREATOR);
        CreatorData data = creators.data(account.getId());
        assertThat(data.profile().phone()).isEqualTo(phone);
        assertThat(Masks.phone(data.profile().phone())).isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
        assertThat(data.profile().consentVersion()).isEqualTo(Creators.CONSENT_VERSION);
        assertThat(data.profile().verified()).as("no SMS or mail channel here").isFalse();
    }

    @Test
    void deletingAnAccountNeedsActiveEntriesWithdrawnAndRemovesWithdrawnOnes() {
        Contest contest = fixture.collecting();
        Account creator = creators.register(ContestFixture.unique("del") + "@example.com", "要走的人", "{noop}pw", true);
        Entry entry = entries.submit(
                contest.id(), creator.getId(), ContestFixture.draft("风", "youth"), ContestFixture.video());

        assertThatThrownBy(() -> creators.delete(creator.getId()))
                .isInstanceOf(ContestRuleBroken.class)
                .satisfies(DomainTexts.saysPart("请先撤回"));
        entries.withdraw(entry.id(), creator.getId());
        creators.delete(creator.getId());

        assertThat(accounts.findById(creator.getId())).isEmpty();
        assertThatThrownBy(() -> entries.get(entry.id())).isInstanceOf(EntryNotFound.class);
        assertThat(videos.find(entry.videoId())).isEmpty();
    }

    @Test
    void staffAccountsCannotDeleteThemselvesHere() {
        Account editor = fixture.person("编辑", Role.EDITOR);

        assertThatThrownBy(() -> creators.delete(editor.getId())).isInstanceOf(ContestRuleBroken.class);
    }

    private Entry accepted(Contest contest) {
        Entry entry = fixture.readyEntry(contest, fixture.person("作者", Role.CREATOR), "风从哪里来", "youth");
        return entries.accept(entry.id(), "editor");
    }
}
