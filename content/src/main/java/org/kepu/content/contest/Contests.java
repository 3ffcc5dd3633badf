package org.kepu.content.contest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.kepu.content.ContentKey;
import org.kepu.content.ContentRelisted;
import org.kepu.content.audit.AuditLog;
import org.kepu.content.text.MongolianText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The contests admins define, and the one act that ends them: publishing the results. */
@Service
public class Contests {

    private static final String COLUMNS = "id, slug, title, theme, rules_html, submit_opens, submit_closes,"
            + " judging_opens, judging_closes, results_at, max_duration_seconds, max_size_mb, min_short_side,"
            + " formats, entries_per_creator, required_fields, results_published_at, results_published_by,"
            + " rules_source, poster_key, title_mn, theme_mn, rules_mn_html, rules_mn_source";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    Contests(JdbcClient jdbc, ApplicationEventPublisher events, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Contest create(ContestDefinition definition, String admin) {
        Instant now = clock.instant();
        KeyHolder key = new GeneratedKeyHolder();
        try {
            jdbc.sql("insert into contest (slug, title, theme, rules_html, submit_opens, submit_closes, judging_opens,"
                            + " judging_closes, results_at, max_duration_seconds, max_size_mb, min_short_side, formats,"
                            + " entries_per_creator, required_fields, rules_source, poster_key, created_at, updated_at)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(definitionParams(definition, now, now))
                    .update(key, "id");
        } catch (DuplicateKeyException e) {
            throw new ContestRuleBroken("contest.definition.slug-taken", definition.slug());
        }
        long id = key.getKey().longValue();
        writeParts(id, definition);
        audit.record(admin, "contest.created", "contest", id, definition.title());
        return get(id);
    }

    @Transactional
    public Contest update(long id, ContestDefinition definition, String admin) {
        Contest before = get(id);
        if (!before.groups().equals(definition.groups()) && hasEntries(id)) {
            Set<String> used = usedGroups(id);
            Set<String> kept = definition.groups().stream().map(Track::code).collect(Collectors.toSet());
            if (!kept.containsAll(used)) {
                throw new ContestRuleBroken("contest.definition.group-in-use");
            }
        }
        if (!before.rubric().equals(definition.rubric()) && hasScores(id)) {
            throw new ContestRuleBroken("contest.definition.rubric-scored");
        }
        try {
            jdbc.sql("update contest set slug = ?, title = ?, theme = ?, rules_html = ?, submit_opens = ?,"
                            + " submit_closes = ?, judging_opens = ?, judging_closes = ?, results_at = ?,"
                            + " max_duration_seconds = ?, max_size_mb = ?, min_short_side = ?, formats = ?,"
                            + " entries_per_creator = ?, required_fields = ?, rules_source = ?, poster_key = ?,"
                            + " updated_at = ? where id = ?")
                    .params(updateParams(definition, id))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ContestRuleBroken("contest.definition.slug-taken", definition.slug());
        }
        jdbc.sql("delete from contest_track where contest_id = ?").param(id).update();
        jdbc.sql("delete from contest_criterion where contest_id = ?").param(id).update();
        jdbc.sql("delete from contest_award_slot where contest_id = ?")
                .param(id)
                .update();
        jdbc.sql("delete from contest_prize where contest_id = ?").param(id).update();
        writeParts(id, definition);
        // the accepted entries' documents name the contest and link to it
        List<ContentKey> listed = jdbc
                .sql("select id from contest_entry where contest_id = ? and status = 'ACCEPTED'")
                .param(id)
                .query(Long.class)
                .list()
                .stream()
                .map(ContentKey::entry)
                .toList();
        events.publishEvent(new ContentRelisted(listed));
        audit.record(admin, "contest.updated", "contest", id, definition.title());
        return get(id);
    }

    /**
     * The contest's texts in traditional Mongolian, or none ({@link ContestMongolian#isEmpty}). Checked like the
     * Chinese ones: lengths, and Unicode Mongolian only (a legacy private-use encoding is refused, not converted).
     */
    @Transactional
    public Contest describeInMongolian(long id, ContestMongolian texts, String admin) {
        get(id);
        if (texts.title().length() > 200
                || texts.theme().length() > 500
                || texts.rulesSource().length() > 20_000) {
            throw new ContestRuleBroken("contest.mongolian.too-long");
        }
        for (String text : List.of(texts.title(), texts.theme(), texts.rulesSource())) {
            if (!MongolianText.isUnicode(text)) {
                throw new ContestRuleBroken("kepu.text.legacyMongolian");
            }
        }
        jdbc.sql("update contest set title_mn = ?, theme_mn = ?, rules_mn_html = ?, rules_mn_source = ?,"
                        + " updated_at = ? where id = ?")
                .params(Arrays.asList(
                        blankToNull(texts.title()),
                        blankToNull(texts.theme()),
                        texts.rulesSource().isEmpty() ? null : texts.rulesHtml(),
                        blankToNull(texts.rulesSource()),
                        Timestamp.from(clock.instant()),
                        id))
                .update();
        audit.record(admin, "contest.mongolian-updated", "contest", id, texts.title());
        return get(id);
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }

    /** A new poster ({@code <image id>;<alt>}), or none. */
    @Transactional
    public Contest changePoster(long id, String posterKey, String admin) {
        Contest contest = get(id);
        jdbc.sql("update contest set poster_key = ?, updated_at = ? where id = ?")
                .params(posterKey, Timestamp.from(clock.instant()), id)
                .update();
        audit.record(
                admin,
                posterKey == null ? "contest.poster-removed" : "contest.poster-changed",
                "contest",
                id,
                contest.title());
        return get(id);
    }

    /**
     * Makes the ranking and awards public. Only once judging is over: before that the scores are
     * not final.
     */
    @Transactional
    public Contest publishResults(long id, String admin) {
        Contest contest = get(id);
        ContestPhase phase = contest.phaseAt(clock.instant());
        if (phase != ContestPhase.PUBLICITY && phase != ContestPhase.RESULTS) {
            throw new ContestRuleBroken("contest.results.before-judging-closed");
        }
        jdbc.sql("update contest set results_published_at = ?, results_published_by = ? where id = ?")
                .params(Timestamp.from(clock.instant()), admin, id)
                .update();
        audit.record(admin, "contest.results-published", "contest", id, contest.title());
        return get(id);
    }

    @Transactional(readOnly = true)
    public Contest get(long id) {
        return jdbc.sql("select " + COLUMNS + " from contest where id = ?")
                .param(id)
                .query(this::contest)
                .optional()
                .orElseThrow(() -> new ContestNotFound(id));
    }

    @Transactional(readOnly = true)
    public Contest bySlug(String slug) {
        return jdbc.sql("select " + COLUMNS + " from contest where slug = ?")
                .param(slug)
                .query(this::contest)
                .optional()
                .orElseThrow(() -> new ContestNotFound(slug));
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public List<Contest> all() {
        return jdbc.sql("select " + COLUMNS + " from contest order by submit_opens desc, id desc")
                .query(this::contest)
                .list();
    }

    public Instant now() {
        return clock.instant();
    }

    private boolean hasEntries(long id) {
        return jdbc.sql("select count(*) from contest_entry where contest_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private Set<String> usedGroups(long id) {
        return Set.copyOf(jdbc.sql("select distinct group_code from contest_entry where contest_id = ?")
                .param(id)
                .query(String.class)
                .list());
    }

    private boolean hasScores(long id) {
        return jdbc.sql("select count(*) from judge_score s join contest_entry e on e.id = s.entry_id"
                                + " where e.contest_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private void writeParts(long id, ContestDefinition d) {
        writeTracks(id, "GROUP", d.groups());
        writeTracks(id, "CATEGORY", d.categories());
        for (int i = 0; i < d.rubric().size(); i++) {
            Criterion c = d.rubric().get(i);
            jdbc.sql("insert into contest_criterion (contest_id, idx, name, weight) values (?, ?, ?, ?)")
                    .params(id, i, c.name().strip(), c.weight())
                    .update();
        }
        for (int i = 0; i < d.prizes().size(); i++) {
            Prize p = d.prizes().get(i);
            jdbc.sql("insert into contest_prize (contest_id, idx, name, reward) values (?, ?, ?, ?)")
                    .params(id, i, p.name().strip(), p.reward().strip())
                    .update();
        }
        for (AwardSlot slot : d.awardSlots()) {
            jdbc.sql("insert into contest_award_slot (contest_id, group_code, award, slots) values (?, ?, ?, ?)")
                    .params(id, slot.groupCode(), slot.award().name(), slot.slots())
                    .update();
        }
    }

    private void writeTracks(long id, String kind, List<Track> tracks) {
        for (int i = 0; i < tracks.size(); i++) {
            jdbc.sql("insert into contest_track (contest_id, kind, code, name, sort_order) values (?, ?, ?, ?, ?)")
                    .params(id, kind, tracks.get(i).code(), tracks.get(i).name().strip(), i)
                    .update();
        }
    }

    private static List<Object> definitionParams(ContestDefinition d, Instant created, Instant updated) {
        // Arrays.asList: the Markdown source and the poster may be null
        return Arrays.asList(
                d.slug(),
                d.title().strip(),
                d.theme().strip(),
                d.rulesHtml(),
                Timestamp.from(d.schedule().submitOpens()),
                Timestamp.from(d.schedule().submitCloses()),
                Timestamp.from(d.schedule().judgingOpens()),
                Timestamp.from(d.schedule().judgingCloses()),
                Timestamp.from(d.schedule().resultsAt()),
                d.limits().maxDurationSeconds(),
                d.limits().maxSizeMb(),
                d.limits().minShortSide(),
                String.join(",", d.limits().formats().stream().sorted().toList()),
                d.limits().entriesPerCreator(),
                d.requiredFields().stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
                d.rulesSource(),
                d.posterKey(),
                Timestamp.from(created),
                Timestamp.from(updated));
    }

    private List<Object> updateParams(ContestDefinition d, long id) {
        List<Object> params = new ArrayList<>(definitionParams(d, clock.instant(), clock.instant()));
        params.remove(params.size() - 2); // created_at stays
        params.add(id);
        return params;
    }

    private Contest contest(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        List<Track> groups = tracks(id, "GROUP");
        List<Track> categories = tracks(id, "CATEGORY");
        List<Criterion> rubric = jdbc.sql(
                        "select name, weight from contest_criterion where contest_id = ? order by idx")
                .param(id)
                .query((r, n) -> new Criterion(r.getString(1), r.getInt(2)))
                .list();
        List<AwardSlot> slots = jdbc.sql("select group_code, award, slots from contest_award_slot where contest_id = ?"
                        + " order by group_code, award")
                .param(id)
                .query((r, n) -> new AwardSlot(r.getString(1), Award.valueOf(r.getString(2)), r.getInt(3)))
                .list();
        Set<EntryField> required = EnumSet.noneOf(EntryField.class);
        Arrays.stream(rs.getString("required_fields").split(","))
                .filter(s -> !s.isBlank())
                .forEach(s -> required.add(EntryField.valueOf(s)));
        return new Contest(
                id,
                rs.getString("slug"),
                rs.getString("title"),
                rs.getString("theme"),
                rs.getString("rules_html"),
                new ContestSchedule(
                        instant(rs, "submit_opens"),
                        instant(rs, "submit_closes"),
                        instant(rs, "judging_opens"),
                        instant(rs, "judging_closes"),
                        instant(rs, "results_at")),
                new ContestLimits(
                        rs.getInt("max_duration_seconds"),
                        rs.getInt("max_size_mb"),
                        rs.getInt("min_short_side"),
                        Set.of(rs.getString("formats").split(",")),
                        rs.getInt("entries_per_creator")),
                groups,
                categories,
                rubric,
                slots,
                required,
                instant(rs, "results_published_at"),
                rs.getString("results_published_by"),
                rs.getString("rules_source"),
                rs.getString("poster_key"),
                jdbc.sql("select name, reward from contest_prize where contest_id = ? order by idx")
                        .param(id)
                        .query((r, n) -> new Prize(r.getString(1), r.getString(2)))
                        .list(),
                new ContestMongolian(
                        rs.getString("title_mn"),
                        rs.getString("theme_mn"),
                        rs.getString("rules_mn_html"),
                        rs.getString("rules_mn_source")));
    }

    private List<Track> tracks(long id, String kind) {
        return jdbc.sql("select code, name from contest_track where contest_id = ? and kind = ? order by sort_order")
                .params(id, kind)
                .query((r, n) -> new Track(r.getString(1), r.getString(2)))
                .list();
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
