package org.kepu.content.contest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    @Transactional
    public void write(long contestId, String actor, OutputStream out) {
        Contest contest = contests.get(contestId);
        audit.record(actor, "contest.exported", "contest", contestId, contest.title());
        try {
            Workbook workbook = new Workbook(out, "伊金霍洛科普", "1.0");
            ranking(workbook.newWorksheet("排名与奖项"), contest);
            entries(workbook.newWorksheet("作品"), contest);
            scores(workbook.newWorksheet("评分明细"), contest);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the export of contest " + contestId, e);
        }
    }

    private void ranking(Worksheet sheet, Contest contest) {
        header(sheet, "组别", "名次", "作品编号", "作品名称", "评委人数", "得分", "奖项", "调整原因", "人气票数");
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
                sheet.value(r, 6, ranked.award().label());
                sheet.value(r, 7, ranked.awardReason());
                sheet.value(r, 8, ranked.entry().voteCount());
                r++;
            }
        }
    }

    private void entries(Worksheet sheet, Contest contest) {
        header(sheet, "作品编号", "作品名称", "组别", "类别", "状态", "作者", "联系方式", "单位或学校", "乡镇", "团队成员", "未成年", "监护人", "提交时间");
        Map<Long, String[]> people = people(contest.id());
        int r = 1;
        for (Entry entry : entries.ofContest(contest.id())) {
            String[] person = people.getOrDefault(entry.id(), new String[] {"（已注销）", ""});
            sheet.value(r, 0, entry.anonCode());
            sheet.value(r, 1, entry.title());
            sheet.value(r, 2, contest.groupName(entry.groupCode()));
            sheet.value(r, 3, contest.categoryName(entry.categoryCode()));
            sheet.value(r, 4, entry.status().label());
            sheet.value(r, 5, person[0]);
            sheet.value(r, 6, person[1]);
            sheet.value(r, 7, entry.unit());
            sheet.value(r, 8, entry.townCode());
            sheet.value(r, 9, entry.teamMembers());
            sheet.value(r, 10, entry.minor() ? "是" : "否");
            sheet.value(r, 11, entry.guardianName());
            sheet.value(r, 12, TIME.format(entry.submittedAt()));
            r++;
        }
    }

    private void scores(Worksheet sheet, Contest contest) {
        String[] columns = new String[4 + contest.rubric().size()];
        columns[0] = "作品编号";
        columns[1] = "评委";
        for (int i = 0; i < contest.rubric().size(); i++) {
            Criterion c = contest.rubric().get(i);
            columns[2 + i] = c.name() + "（" + c.weight() + "%）";
        }
        columns[columns.length - 2] = "加权总分";
        columns[columns.length - 1] = "回避";
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
                    sheet.value(r, 3 + criteria, rs.getBoolean(4) ? "是" : "否");
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

    private static void header(Worksheet sheet, String... names) {
        for (int i = 0; i < names.length; i++) {
            sheet.value(0, i, names[i]);
            sheet.style(0, i).bold().set();
        }
    }
}
