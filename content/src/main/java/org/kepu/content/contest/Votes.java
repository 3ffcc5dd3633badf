package org.kepu.content.contest;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.kepu.content.audit.AuditLog;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public votes for the popularity award (人气奖): signed-in accounts, one vote per entry per
 * account per Beijing day, while judging runs. Bursts from one address are flagged, not dropped:
 * an admin decides.
 */
@Service
@EnableConfigurationProperties(VoteSettings.class)
public class Votes {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;
    private final Entries entries;
    private final Contests contests;
    private final VoteSettings settings;
    private final Clock clock;
    private final AuditLog audit;

    Votes(JdbcClient jdbc, Entries entries, Contests contests, VoteSettings settings, Clock clock, AuditLog audit) {
        this.jdbc = jdbc;
        this.entries = entries;
        this.contests = contests;
        this.settings = settings;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * Counts the vote for an accepted entry of this contest; answers the entry's new count. An entry
     * of another contest is "not found", so a vote sent under a wrong contest counts nowhere.
     */
    @Transactional
    public long vote(long contestId, long entryId, long accountId, String ip) {
        Entry entry = entries.visible(entryId);
        if (entry.contestId() != contestId) {
            throw new EntryNotFound(entryId);
        }
        Contest contest = contests.get(entry.contestId());
        if (!contest.schedule().votes(clock.instant())) {
            throw new ContestRuleBroken("contest.vote.not-open");
        }
        Instant now = clock.instant();
        try {
            jdbc.sql("insert into contest_vote (entry_id, account_id, vote_day, ip, created_at) values (?, ?, ?, ?, ?)")
                    .params(entryId, accountId, LocalDate.now(clock.withZone(BEIJING)), ip, Timestamp.from(now))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ContestRuleBroken("contest.vote.already-today");
        }
        jdbc.sql("update contest_entry set vote_count = vote_count + 1 where id = ?")
                .param(entryId)
                .update();
        flagBurst(contest.id(), ip, now);
        return entries.get(entryId).voteCount();
    }

    @Transactional(readOnly = true)
    public boolean votedToday(long entryId, long accountId) {
        return jdbc.sql("select count(*) from contest_vote where entry_id = ? and account_id = ? and vote_day = ?")
                        .params(entryId, accountId, LocalDate.now(clock.withZone(BEIJING)))
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Transactional(readOnly = true)
    public List<VoteFlag> flags(long contestId) {
        return jdbc.sql("select id, contest_id, ip, accounts, votes, detected_at, reviewed_by from contest_vote_flag"
                        + " where contest_id = ? order by detected_at desc")
                .param(contestId)
                .query((rs, n) -> new VoteFlag(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getInt(5),
                        rs.getTimestamp(6).toInstant(),
                        rs.getString(7)))
                .list();
    }

    @Transactional
    public void reviewed(long flagId, String admin) {
        jdbc.sql("update contest_vote_flag set reviewed_by = ? where id = ?")
                .params(admin, flagId)
                .update();
        audit.record(admin, "vote-flag.reviewed", "vote-flag", flagId, null);
    }

    private void flagBurst(long contestId, String ip, Instant now) {
        Timestamp since = Timestamp.from(now.minus(settings.burstWindow()));
        record Burst(int accounts, int votes) {}
        Burst burst = jdbc.sql("select count(distinct v.account_id), count(*) from contest_vote v"
                        + " join contest_entry e on e.id = v.entry_id"
                        + " where e.contest_id = ? and v.ip = ? and v.created_at >= ?")
                .params(contestId, ip, since)
                .query((rs, n) -> new Burst(rs.getInt(1), rs.getInt(2)))
                .single();
        if (burst.accounts() < settings.burstAccounts()) {
            return;
        }
        int updated = jdbc.sql("update contest_vote_flag set accounts = ?, votes = ? where contest_id = ? and ip = ?"
                        + " and reviewed_by is null and detected_at >= ?")
                .params(burst.accounts(), burst.votes(), contestId, ip, since)
                .update();
        if (updated == 0) {
            jdbc.sql(
                            "insert into contest_vote_flag (contest_id, ip, accounts, votes, detected_at) values (?, ?, ?, ?, ?)")
                    .params(contestId, ip, burst.accounts(), burst.votes(), Timestamp.from(now))
                    .update();
        }
    }
}
