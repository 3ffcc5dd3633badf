package org.kepu.content.contest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.kepu.content.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contest as a workbook for the organisers: entries with contacts (the staff who export need
 * them to reach winners), each judge's scores, and the ranking with awards. Every export is logged
 * with who and when (个人信息保护法).
 */
@Service
public class ContestExport {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final Contests contests;
    private final Entries entries;
    private final Ranking ranking;
    private final JdbcClient jdbc;
    private final AuditLog audit;

    ContestExport(Contests contests, Entries entries, Ranking ranking, JdbcClient jdbc, AuditLog audit) {
        this.contests = contests;
        this.entries = entries;
        this.ranking = ranking;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * @param words the reader's words by key ({@code sheet.ranking}, {@code entry}, ...: the portal reads them as
     *     {@code contest.export.<key>} of its bundles)
     */
    @Transactional
    public void write(long contestId, String actor, OutputStream out, Function<String, String> words) {
        Contest contest = contests.get(contestId);
        audit.record(actor, "contest.exported", "contest", contestId, contest.title());
        try {
            Workbook workbook = new Workbook(out, words.apply("application"), "1.0");
            ranking(workbook.newWorksheet(words.apply("sheet.ranking")), contest, words);
            entries(workbook.newWorksheet(words.apply("sheet.entries")), contest, words);
            scores(workbook.newWorksheet(words.apply("sheet.scores")), contest, words);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the export of contest " + contestId, e);
        }
    }

    private void ranking(Worksheet sheet, Contest contest, Function<String, String> words) {
        header(sheet, words, "group", "rank", "code", "title", "judges", "score", "award", "award-reason", "votes");
        int r = 1;
        for (Map.Entry<String, List<RankedEntry>> group :
                ranking.byGroup(contest.id()).entrySet()) {
            for (RankedEntry ranked : group.getValue()) {
                sheet.value(r, 0, contest.groupName(group.getKey()));
                sheet.value(r, 1, ranked.rank());
                sheet.value(r, 2, ranked.entry().anonCode());
                sheet.value(r, 3, ranked.entry().title());
                sheet.value(r, 4, ranked.judges());
                if (ranked.score() != null) {
                    sheet.value(r, 5, ranked.score());
                }
                sheet.value(r, 6, words.apply("award." + ranked.award().name()));
                sheet.value(r, 7, ranked.awardReason());
                sheet.value(r, 8, ranked.entry().voteCount());
                r++;
            }
        }
    }

    private void entries(Worksheet sheet, Contest contest, Function<String, String> words) {
        header(
                sheet,
                words,
                "code",
                "title",
                "group",
                "category",
                "status",
                "author",
                "contact",
                "unit",
                "town",
                "team",
                "minor",
                "guardian",
                "submitted-at");
        Map<Long, String[]> people = people(contest.id());
        int r = 1;
        for (Entry entry : entries.ofContest(contest.id())) {
            String[] person = people.getOrDefault(entry.id(), new String[] {words.apply("account-closed"), ""});
            sheet.value(r, 0, entry.anonCode());
            sheet.value(r, 1, entry.title());
            sheet.value(r, 2, contest.groupName(entry.groupCode()));
            sheet.value(r, 3, contest.categoryName(entry.categoryCode()));
            sheet.value(r, 4, words.apply("status." + entry.status().name()));
            sheet.value(r, 5, person[0]);
            sheet.value(r, 6, person[1]);
            sheet.value(r, 7, entry.unit());
            sheet.value(r, 8, entry.townCode());
            sheet.value(r, 9, entry.teamMembers());
            sheet.value(r, 10, words.apply(entry.minor() ? "yes" : "no"));
            sheet.value(r, 11, entry.guardianName());
            sheet.value(r, 12, TIME.format(entry.submittedAt()));
            r++;
        }
    }

    private void scores(Worksheet sheet, Contest contest, Function<String, String> words) {
        String[] columns = new String[4 + contest.rubric().size()];
        columns[0] = words.apply("code");
        columns[1] = words.apply("judge");
        for (int i = 0; i < contest.rubric().size(); i++) {
            Criterion c = contest.rubric().get(i);
            columns[2 + i] = c.name() + " (" + c.weight() + "%)";
        }
        columns[columns.length - 2] = words.apply("weighted-total");
        columns[columns.length - 1] = words.apply("conflict");
        header(sheet, columns);
        int[] row = {1};
        int criteria = contest.rubric().size();
        jdbc.sql("select e.anon_code, a.username, s.total, s.conflict, s.entry_id, s.judge_id from judge_sheet s"
                        + " join contest_entry e on e.id = s.entry_id join account a on a.id = s.judge_id"
                        + " where e.contest_id = ? and s.submitted_at is not null order by e.anon_code, a.username")
                .param(contest.id())
                .query(rs -> {
                    int r = row[0]++;
                    sheet.value(r, 0, rs.getString(1));
                    sheet.value(r, 1, rs.getString(2));
                    Map<Integer, Integer> byCriterion = criterionScores(rs.getLong(5), rs.getLong(6));
                    for (int i = 0; i < criteria; i++) {
                        if (byCriterion.containsKey(i)) {
                            sheet.value(r, 2 + i, byCriterion.get(i));
                        }
                    }
                    if (rs.getBigDecimal(3) != null) {
                        sheet.value(r, 2 + criteria, rs.getBigDecimal(3));
                    }
                    sheet.value(r, 3 + criteria, words.apply(rs.getBoolean(4) ? "yes" : "no"));
                });
    }

    private Map<Integer, Integer> criterionScores(long entryId, long judgeId) {
        Map<Integer, Integer> scores = new HashMap<>();
        jdbc.sql("select criterion_idx, score from judge_score where entry_id = ? and judge_id = ?")
                .params(entryId, judgeId)
                .query(rs -> {
                    scores.put(rs.getInt(1), rs.getInt(2));
                });
        return scores;
    }

    private Map<Long, String[]> people(long contestId) {
        Map<Long, String[]> people = new HashMap<>();
        jdbc.sql("select e.id, a.display_name, a.username from contest_entry e join account a on a.id = e.creator_id"
                        + " where e.contest_id = ?")
                .param(contestId)
                .query(rs -> {
                    people.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3)});
                });
        return people;
    }

    private static void header(Worksheet sheet, Function<String, String> words, String... keys) {
        header(sheet, java.util.Arrays.stream(keys).map(words).toArray(String[]::new));
    }

    private static void header(Worksheet sheet, String... names) {
        for (int i = 0; i < names.length; i++) {
            sheet.value(0, i, names[i]);
            sheet.style(0, i).bold().set();
        }
    }
}
