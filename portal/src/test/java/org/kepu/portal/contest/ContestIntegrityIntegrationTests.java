package org.kepu.portal.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kepu.content.account.Account;
import org.kepu.content.account.Accounts;
import org.kepu.content.account.Role;
import org.kepu.content.audit.AuditEvent;
import org.kepu.content.audit.AuditLog;
import org.kepu.content.contest.Contest;
import org.kepu.content.contest.ContestFixture;
import org.kepu.content.contest.ContestPhase;
import org.kepu.content.contest.Contests;
import org.kepu.content.contest.Entries;
import org.kepu.content.contest.Entry;
import org.kepu.content.contest.EntryStatus;
import org.kepu.content.video.Caption;
import org.kepu.content.video.Captions;
import org.kepu.content.video.Videos;
import org.kepu.portal.PageSession;
import org.kepu.portal.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** What the public and creators send is held to the contest it names and to the contest's calendar. */
class ContestIntegrityIntegrationTests extends PortalIntegrationTest {

    private static final String PASSWORD = "赛事-密码-2026";
    private static final byte[] VTT = "WEBVTT\n\n00:00.000 --> 00:02.000\n沙尘暴来了\n".getBytes(StandardCharsets.UTF_8);

    @Autowired
    Contests contests;

    @Autowired
    Entries entries;

    @Autowired
    Videos videos;

    @Autowired
    Captions captions;

    @Autowired
    AuditLog audit;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void aVoteSentUnderAnotherContestsAddressIsNotFoundAndNotCounted() {
        Contest own = data().collecting("投票归属测试赛", 2, 60);
        Contest other = data().collecting("另一场投票测试赛", 2, 60);
        Entry entry = data().accepted(own, person(Role.CREATOR).getId(), "沙尘暴来了", null);
        data().moveTo(own, ContestPhase.JUDGING);
        data().moveTo(other, ContestPhase.JUDGING);
        PageSession voter = PageSession.login(this::uri, person(Role.CREATOR).getUsername(), PASSWORD);

        HttpResponse<String> wrongContest =
                voter.post("/contests/" + other.slug() + "/entries/" + entry.id() + "/vote");
        HttpResponse<String> noContest = voter.post("/contests/no-such-contest/entries/" + entry.id() + "/vote");

        assertThat(wrongContest.statusCode()).isEqualTo(404);
        assertThat(noContest.statusCode()).isEqualTo(404);
        assertThat(entries.get(entry.id()).voteCount()).isZero();
        assertThat(voter.post("/contests/" + own.slug() + "/entries/" + entry.id() + "/vote")
                        .statusCode())
                .isEqualTo(302);
        assertThat(entries.get(entry.id()).voteCount()).isEqualTo(1);
    }

    @Test
    void aVoteForAnEntryOfAContestNotInItsVotingPhaseIsRefused() {
        Contest collecting = data().collecting("征集中的投票测试赛", 2, 60);
        Entry entry = data().accepted(collecting, person(Role.CREATOR).getId(), "风从哪里来", null);
        PageSession voter = PageSession.login(this::uri, person(Role.CREATOR).getUsername(), PASSWORD);

        HttpResponse<String> early = voter.post("/contests/" + collecting.slug() + "/entries/" + entry.id() + "/vote");

        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(early.body()).contains("现在不在投票时间内");
        assertThat(entries.get(entry.id()).voteCount()).isZero();
    }

    @Test
    void aCreatorChangesEntryCaptionsUntilTheDeadlineThenOnlyStaffMay() {
        Contest contest = data().collecting("字幕截止测试赛", 2, 60);
        Account creator = person(Role.CREATOR);
        Entry entry = data().accepted(contest, creator.getId(), "节约用水", null);
        String path = "/creator/videos/" + entry.videoId() + "/captions";
        PageSession owner = PageSession.login(this::uri, creator.getUsername(), PASSWORD);

        assertThat(owner.postWithFile(path, "file", "zh.vtt", VTT, "language", "zh")
                        .statusCode())
                .isEqualTo(302);
        assertThat(owner.get("/creator/videos").body()).contains("字幕已上传");
        assertThat(captions.of(entry.videoId())).hasSize(1);
        assertThat(entries.get(entry.id()).status())
                .as("changed captions are screened again")
                .isEqualTo(EntryStatus.PENDING);
        entries.accept(entry.id(), "editor");
        data().moveTo(contest, ContestPhase.JUDGING);

        HttpResponse<String> late = owner.postWithFile(path, "file", "mn.vtt", VTT, "language", "mn");
        assertThat(late.statusCode()).isEqualTo(302);
        assertThat(owner.get("/creator/videos").body()).contains("作品征集已经截止，参赛作品的字幕不能再修改");
        assertThat(captions.of(entry.videoId())).extracting(Caption::language).containsExactly("zh");
        assertThat(entries.get(entry.id()).status()).isEqualTo(EntryStatus.ACCEPTED);

        Account editor = person(Role.EDITOR);
        PageSession staff = PageSession.login(this::uri, editor.getUsername(), PASSWORD);
        assertThat(staff.postWithFile(path, "file", "mn.vtt", VTT, "language", "mn")
                        .statusCode())
                .isEqualTo(302);
        assertThat(captions.of(entry.videoId())).extracting(Caption::language).containsExactly("mn", "zh");
        assertThat(entries.get(entry.id()).status()).isEqualTo(EntryStatus.ACCEPTED);
        assertThat(audit.of("entry", entry.id()))
                .extracting(AuditEvent::action, AuditEvent::actor)
                .contains(tuple("entry.captions-changed", editor.getUsername()));
    }

    private ContestFixture data() {
        return new ContestFixture(contests, entries, accounts, videos);
    }

    private Account person(Role role) {
        String username = "integrity-" + UUID.randomUUID().toString().substring(0, 8);
        return accounts.add(
                Account.create(username, encoder.encode(PASSWORD), username, EnumSet.of(role), Instant.now()));
    }
}
