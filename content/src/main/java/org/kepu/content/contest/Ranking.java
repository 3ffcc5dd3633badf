package org.kepu.content.contest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kepu.content.DomainWords;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ranks the accepted entries of each group by their aggregated score ({@link Aggregation}) and
 * fills the group's award slots in order. Ties are broken, in this order, by the higher mean on the
 * heaviest criterion (the first listed among equally heavy ones, e.g. 科学性), by more judges having
 * scored, and by the earlier submission. An admin may change any award with a reason; that change
 * is logged and wins over the ranking.
 */
@Service
public class Ranking {

    private final JdbcClient jdbc;
    private final Contests contests;
    private final Entries entries;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Ranking(JdbcClient jdbc, Contests contests, Entries entries, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.contests = contests;
        this.entries = entries;
        this.events = events;
        this.clock = clock;
    }

    /** Per group code, in the contest's group order, best first. */
    @Transactional(readOnly = true)
    public Map<String, List<RankedEntry>> byGroup(long contestId) {
        Contest contest = contests.get(contestId);
        int heaviest = heaviest(contest.rubric());
        Map<Long, List<BigDecimal>> totals = new HashMap<>();
        jdbc.sql("select s.entry_id, s.total from judge_sheet s join contest_entry e on e.id = s.entry_id"
                        + " where e.contest_id = ? and s.submitted_at is not null and not s.conflict")
                .param(contestId)
                .query(rs -> {
                    totals.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(rs.getBigDecimal(2));
                });
        Map<Long, BigDecimal> tieBreaks = new HashMap<>();
        jdbc.sql("select sc.entry_id, avg(cast(sc.score as decimal(7, 3))) from judge_score sc"
                        + " join judge_sheet s on s.entry_id = sc.entry_id and s.judge_id = sc.judge_id"
                        + " join contest_entry e on e.id = sc.entry_id"
                        + " where e.contest_id = ? and sc.criterion_idx = ? and s.submitted_at is not null"
                        + " and not s.conflict group by sc.entry_id")
                .params(contestId, heaviest)
                .query(rs -> {
                    tieBreaks.put(rs.getLong(1), rs.getBigDecimal(2).setScale(3, RoundingMode.HALF_UP));
                });
        Map<Long, Override> overrides = overrides(contestId);
        List<Entry> accepted = entries.accepted(contestId);
        Map<String, List<RankedEntry>> result = new LinkedHashMap<>();
        for (Track group : contest.groups()) {
            List<Entry> inGroup = accepted.stream()
                    .filter(e -> e.groupCode().equals(group.code()))
                    .sorted(order(totals, tieBreaks))
                    .toList();
            result.put(group.code(), rank(contest, group.code(), inGroup, totals, tieBreaks, overrides));
        }
        return result;
    }

    /** An admin's change of one award, with the reason, logged. */
    @Transactional
    public void changeAward(long entryId, Award award, String reason, String admin) {
        if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
            throw ContestRuleBroken.at("reason", "contest.award.reason");
        }
        Entry entry = entries.get(entryId);
        if (entry.status() != EntryStatus.ACCEPTED) {
            throw new ContestRuleBroken("contest.award.not-accepted");
        }
        jdbc.sql("delete from contest_award where entry_id = ?").param(entryId).update();
        jdbc.sql("insert into contest_award (entry_id, award, changed_by, reason, updated_at) values (?, ?, ?, ?, ?)")
                .params(entryId, award.name(), admin, reason.strip(), Timestamp.from(clock.instant()))
                .update();
        events.publishEvent(new EntryAwardChanged(entryId, admin, DomainWords.chinese(award) + "：" + reason.strip()));
    }

    private static Comparator<Entry> order(Map<Long, List<BigDecimal>> totals, Map<Long, BigDecimal> tieBreaks) {
        Comparator<BigDecimal> highFirst = Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder());
        return Comparator.<Entry, BigDecimal>comparing(
                        e -> Aggregation.score(totals.getOrDefault(e.id(), List.of())), highFirst)
                .thenComparing(e -> tieBreaks.get(e.id()), highFirst)
                .thenComparing(e -> totals.getOrDefault(e.id(), List.of()).size(), Comparator.reverseOrder())
                .thenComparing(Entry::submittedAt)
                .thenComparing(Entry::id);
    }

    private static List<RankedEntry> rank(
            Contest contest,
            String groupCode,
            List<Entry> ordered,
            Map<Long, List<BigDecimal>> totals,
            Map<Long, BigDecimal> tieBreaks,
            Map<Long, Override> overrides) {
        Map<Award, Integer> left = new EnumMap<>(Award.class);
        for (Award award : Award.values()) {
            left.put(award, award == Award.NONE ? 0 : contest.slots(groupCode, award));
        }
        List<RankedEntry> ranked = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Entry entry = ordered.get(i);
            List<BigDecimal> scores = totals.getOrDefault(entry.id(), List.of());
            BigDecimal score = Aggregation.score(scores);
            Award computed = score == null ? Award.NONE : nextAward(left);
            Override override = overrides.get(entry.id());
            ranked.add(new RankedEntry(
                    entry,
                    scores.size(),
                    score,
                    tieBreaks.get(entry.id()),
                    i + 1,
                    computed,
                    override == null ? computed : override.award(),
                    override == null ? null : override.reason(),
                    override == null ? null : override.by()));
        }
        return ranked;
    }

    private static Award nextAward(Map<Award, Integer> left) {
        for (Award award : Award.values()) {
            if (award != Award.NONE && left.get(award) > 0) {
                left.put(award, left.get(award) - 1);
                return award;
            }
        }
        return Award.NONE;
    }

    private static int heaviest(List<Criterion> rubric) {
        int best = 0;
        for (int i = 1; i < rubric.size(); i++) {
            if (rubric.get(i).weight() > rubric.get(best).weight()) {
                best = i;
            }
        }
        return best;
    }

    private record Override(Award award, String reason, String by) {}

    private Map<Long, Override> overrides(long contestId) {
        Map<Long, Override> result = new HashMap<>();
        jdbc.sql("select a.entry_id, a.award, a.reason, a.changed_by from contest_award a"
                        + " join contest_entry e on e.id = a.entry_id where e.contest_id = ?")
                .param(contestId)
                .query(rs -> {
                    result.put(
                            rs.getLong(1),
                            new Override(Award.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4)));
                });
        return result;
    }
}
