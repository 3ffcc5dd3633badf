package org.kepu.content.contest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.kepu.content.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Blind judging: who judges what, what a judge sees, and their score sheets. A judge reaches only
 * the accepted entries of their groups and categories; anything else answers "not found".
 */
@Service
public class Judging {

    private final JdbcClient jdbc;
    private final Contests contests;
    private final Entries entries;
    private final AuditLog audit;
    private final Clock clock;

    Judging(JdbcClient jdbc, Contests contests, Entries entries, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.contests = contests;
        this.entries = entries;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void assign(long contestId, long judgeId, String groupCode, String categoryCode, String admin) {
        Contest contest = contests.get(contestId);
        boolean judge = jdbc.sql("select count(*) from account_role where account_id = ? and role = 'JUDGE'")
                        .param(judgeId)
                        .query(Long.class)
                        .single()
                > 0;
        if (!judge) {
            throw ContestRuleBroken.at("judgeId", "contest.judging.not-a-judge");
        }
        String group = blankToNull(groupCode);
        String category = blankToNull(categoryCode);
        if ((group != null && contest.group(group).isEmpty())
                || (category != null && contest.category(category).isEmpty())) {
            throw ContestRuleBroken.at("groupCode", "contest.judging.track");
        }
        jdbc.sql("delete from contest_judge where contest_id = ? and account_id = ?")
                .params(contestId, judgeId)
                .update();
        jdbc.sql("insert into contest_judge (contest_id, account_id, group_code, category_code) values (?, ?, ?, ?)")
                .params(contestId, judgeId, group, category)
                .update();
        audit.record(admin, "judge.assigned", "contest", contestId, judgeId + " " + group + "/" + category);
    }

    @Transactional
    public void unassign(long contestId, long judgeId, String admin) {
        jdbc.sql("delete from contest_judge where contest_id = ? and account_id = ?")
                .params(contestId, judgeId)
                .update();
        audit.record(admin, "judge.unassigned", "contest", contestId, String.valueOf(judgeId));
    }

    @Transactional(readOnly = true)
    public List<JudgeAssignment> judgesOf(long contestId) {
        return assignments("j.contest_id = ?", contestId);
    }

    @Transactional(readOnly = true)
    public List<JudgeAssignment> assignmentsOf(long judgeId) {
        return assignments("j.account_id = ?", judgeId);
    }

    /** The entries this judge scores, blind, with their own sheets. */
    @Transactional(readOnly = true)
    public List<BlindEntry> pool(long contestId, long judgeId) {
        Contest contest = contests.get(contestId);
        JudgeAssignment assignment = assignment(contestId, judgeId);
        Map<Long, ScoreSheet> sheets =
                sheetsOf(contestId, judgeId, contest.rubric().size());
        return entries.accepted(contestId).stream()
                .filter(assignment::covers)
                .map(e -> BlindEntry.of(
                        contest,
                        e,
                        sheets.getOrDefault(
                                e.id(),
                                ScoreSheet.empty(
                                        e.id(), judgeId, contest.rubric().size()))))
                .toList();
    }

    @Transactional(readOnly = true)
    public BlindEntry entry(long entryId, long judgeId) {
        Entry entry = reachable(entryId, judgeId);
        Contest contest = contests.get(entry.contestId());
        ScoreSheet sheet = sheetsOf(contest.id(), judgeId, contest.rubric().size())
                .getOrDefault(
                        entryId,
                        ScoreSheet.empty(entryId, judgeId, contest.rubric().size()));
        return BlindEntry.of(contest, entry, sheet);
    }

    @Transactional(readOnly = true)
    public JudgeProgress progress(long contestId, long judgeId) {
        List<BlindEntry> pool = pool(contestId, judgeId);
        int submitted = (int) pool.stream()
                .filter(b -> b.sheet().submitted() && !b.sheet().conflict())
                .count();
        int conflicts = (int) pool.stream().filter(b -> b.sheet().conflict()).count();
        return new JudgeProgress(pool.size(), submitted, conflicts);
    }

    /** The judge knows the creator (回避): they do not score this entry, and it is recorded. */
    @Transactional
    public void declareConflict(long entryId, long judgeId, String note) {
        Entry entry = reachable(entryId, judgeId);
        Contest contest = contests.get(entry.contestId());
        requireJudging(contest);
        ScoreSheet sheet = sheet(entryId, judgeId, contest.rubric().size());
        if (sheet.submitted()) {
            throw new ContestRuleBroken("contest.judging.conflict-after-scoring");
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > 500) {
            throw ContestRuleBroken.at("conflictNote", "contest.judging.conflict-note");
        }
        upsertSheet(entryId, judgeId);
        jdbc.sql("delete from judge_score where entry_id = ? and judge_id = ?")
                .params(entryId, judgeId)
                .update();
        jdbc.sql("update judge_sheet set conflict = true, conflict_note = ?, total = null, submitted_at = ?,"
                        + " updated_at = ? where entry_id = ? and judge_id = ?")
                .params(text, Timestamp.from(clock.instant()), Timestamp.from(clock.instant()), entryId, judgeId)
                .update();
        String judge = jdbc.sql("select username from account where id = ?")
                .param(judgeId)
                .query(String.class)
                .single();
        audit.record(judge, "judge.conflict", "entry", entryId, text);
    }

    /**
     * Saves scores (0–100 per criterion) and comments; with {@code submit} the sheet becomes final
     * and counts in the ranking. A submitted sheet cannot be scored again.
     */
    @Transactional
    public ScoreSheet score(
            long entryId, long judgeId, List<Integer> scores, List<String> comments, String comment, boolean submit) {
        Entry entry = reachable(entryId, judgeId);
        Contest contest = contests.get(entry.contestId());
        requireJudging(contest);
        int criteria = contest.rubric().size();
        ScoreSheet existing = sheet(entryId, judgeId, criteria);
        if (existing.submitted()) {
            throw new ContestRuleBroken(
                    existing.conflict() ? "contest.judging.score-after-conflict" : "contest.judging.already-submitted");
        }
        checkScores(contest, scores, comments, comment, submit);
        upsertSheet(entryId, judgeId);
        jdbc.sql("delete from judge_score where entry_id = ? and judge_id = ?")
                .params(entryId, judgeId)
                .update();
        for (int i = 0; i < criteria; i++) {
            Integer score = scores.get(i);
            if (score != null) {
                String note = comments == null || i >= comments.size() ? null : blankToNull(comments.get(i));
                jdbc.sql(
                                "insert into judge_score (entry_id, judge_id, criterion_idx, score, comment) values (?, ?, ?, ?, ?)")
                        .params(entryId, judgeId, i, score, note)
                        .update();
            }
        }
        BigDecimal total = submit ? weightedTotal(contest.rubric(), scores) : null;
        jdbc.sql("update judge_sheet set comment = ?, total = ?, submitted_at = ?, updated_at = ?"
                        + " where entry_id = ? and judge_id = ?")
                .params(
                        blankToNull(comment),
                        total,
                        submit ? Timestamp.from(clock.instant()) : null,
                        Timestamp.from(clock.instant()),
                        entryId,
                        judgeId)
                .update();
        return sheet(entryId, judgeId, criteria);
    }

    /** Σ score × weight / 100, to three decimals: one judge's total on a 0–100 scale. */
    static BigDecimal weightedTotal(List<Criterion> rubric, List<Integer> scores) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < rubric.size(); i++) {
            sum = sum.add(
                    BigDecimal.valueOf((long) scores.get(i) * rubric.get(i).weight()));
        }
        return sum.divide(BigDecimal.valueOf(100), 3, RoundingMode.HALF_UP);
    }

    private static void checkScores(
            Contest contest, List<Integer> scores, List<String> comments, String comment, boolean submit) {
        int criteria = contest.rubric().size();
        if (scores == null || scores.size() != criteria) {
            throw ContestRuleBroken.at("scores", "contest.judging.scores-missing");
        }
        for (int i = 0; i < criteria; i++) {
            Integer score = scores.get(i);
            if (score == null && submit) {
                throw ContestRuleBroken.at(
                        "scores",
                        "contest.judging.score-missing",
                        contest.rubric().get(i).name());
            }
            if (score != null && (score < 0 || score > 100)) {
                throw ContestRuleBroken.at(
                        "scores",
                        "contest.judging.score-out-of-range",
                        contest.rubric().get(i).name());
            }
        }
        if (comments != null && comments.stream().anyMatch(c -> c != null && c.length() > 500)) {
            throw ContestRuleBroken.at("comments", "contest.judging.comments");
        }
        if (comment != null && comment.length() > 1000) {
            throw ContestRuleBroken.at("comment", "contest.judging.comment");
        }
    }

    private void requireJudging(Contest contest) {
        if (!contest.schedule().judges(clock.instant())) {
            throw new ContestRuleBroken("contest.judging.not-open");
        }
    }

    private Entry reachable(long entryId, long judgeId) {
        Entry entry = entries.get(entryId);
        boolean covered = entry.status() == EntryStatus.ACCEPTED
                && findAssignment(entry.contestId(), judgeId)
                        .map(a -> a.covers(entry))
                        .orElse(false);
        if (!covered) {
            throw new EntryNotFound(entryId);
        }
        return entry;
    }

    private JudgeAssignment assignment(long contestId, long judgeId) {
        return findAssignment(contestId, judgeId).orElseThrow(() -> new ContestNotFound(contestId));
    }

    private Optional<JudgeAssignment> findAssignment(long contestId, long judgeId) {
        return assignments("j.contest_id = ? and j.account_id = ?", contestId, judgeId).stream()
                .findFirst();
    }

    private List<JudgeAssignment> assignments(String where, Object... params) {
        return jdbc.sql("select j.contest_id, j.account_id, a.username, a.display_name, j.group_code, j.category_code"
                        + " from contest_judge j join account a on a.id = j.account_id where " + where
                        + " order by j.contest_id, a.username")
                .params(params)
                .query((rs, n) -> new JudgeAssignment(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)))
                .list();
    }

    private void upsertSheet(long entryId, long judgeId) {
        int updated = jdbc.sql("update judge_sheet set updated_at = ? where entry_id = ? and judge_id = ?")
                .params(Timestamp.from(clock.instant()), entryId, judgeId)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into judge_sheet (entry_id, judge_id, updated_at) values (?, ?, ?)")
                    .params(entryId, judgeId, Timestamp.from(clock.instant()))
                    .update();
        }
    }

    private ScoreSheet sheet(long entryId, long judgeId, int criteria) {
        return sheets("s.entry_id = ? and s.judge_id = ?", criteria, entryId, judgeId)
                .getOrDefault(entryId, ScoreSheet.empty(entryId, judgeId, criteria));
    }

    private Map<Long, ScoreSheet> sheetsOf(long contestId, long judgeId, int criteria) {
        return sheets(
                "s.judge_id = ? and s.entry_id in (select id from contest_entry where contest_id = ?)",
                criteria,
                judgeId,
                contestId);
    }

    private Map<Long, ScoreSheet> sheets(String where, int criteria, Object... params) {
        record Row(
                long entryId,
                long judgeId,
                boolean conflict,
                String note,
                String comment,
                BigDecimal total,
                Timestamp submitted) {}
        List<Row> rows = jdbc.sql("select s.entry_id, s.judge_id, s.conflict, s.conflict_note, s.comment, s.total,"
                        + " s.submitted_at from judge_sheet s where " + where)
                .params(params)
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getBoolean(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getBigDecimal(6),
                        rs.getTimestamp(7)))
                .list();
        return rows.stream()
                .collect(Collectors.toMap(
                        Row::entryId,
                        row -> {
                            List<Integer> scores = new ArrayList<>(Collections.nCopies(criteria, null));
                            List<String> comments = new ArrayList<>(Collections.nCopies(criteria, null));
                            jdbc.sql(
                                            "select criterion_idx, score, comment from judge_score where entry_id = ? and judge_id = ?")
                                    .params(row.entryId(), row.judgeId())
                                    .query(rs -> {
                                        int idx = rs.getInt(1);
                                        if (idx < criteria) {
                                            scores.set(idx, rs.getInt(2));
                                            comments.set(idx, rs.getString(3));
                                        }
                                    });
                            return new ScoreSheet(
                                    row.entryId(),
                                    row.judgeId(),
                                    Collections.unmodifiableList(scores),
                                    Collections.unmodifiableList(comments),
                                    row.comment(),
                                    row.conflict(),
                                    row.note(),
                                    row.total(),
                                    row.submitted() == null
                                            ? null
                                            : row.submitted().toInstant());
                        },
                        (a, b) -> a,
                        LinkedHashMap::new));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
