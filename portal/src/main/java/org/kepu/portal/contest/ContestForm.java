package org.kepu.portal.contest;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.kepu.content.contest.Award;
import org.kepu.content.contest.AwardSlot;
import org.kepu.content.contest.Contest;
import org.kepu.content.contest.ContestDefinition;
import org.kepu.content.contest.ContestLimits;
import org.kepu.content.contest.ContestRuleBroken;
import org.kepu.content.contest.ContestSchedule;
import org.kepu.content.contest.Criterion;
import org.kepu.content.contest.EntryField;
import org.kepu.content.contest.Prize;
import org.kepu.content.contest.Track;
import org.springframework.context.MessageSourceResolvable;

/**
 * The admin's contest form: fields for the texts and dates, and rows for groups (with their award
 * places), categories, the rubric and the prizes. Blank rows are ignored, so the page can always
 * offer a few to fill in without script. The rules are Markdown; dates are Beijing time.
 */
record ContestForm(
        String slug,
        String title,
        String theme,
        String rules,
        String submitOpens,
        String submitCloses,
        String judgingOpens,
        String judgingCloses,
        String resultsAt,
        Integer maxDurationSeconds,
        Integer maxSizeMb,
        Integer minShortSide,
        String formats,
        Integer entriesPerCreator,
        List<GroupRow> groups,
        List<TrackRow> categories,
        List<CriterionRow> rubric,
        List<PrizeRow> prizes,
        Set<EntryField> requiredFields) {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final int BLANK_ROWS = 2;
    static final int MAX_ROWS = 20;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    /** A group and how many of each award it gives. */
    record GroupRow(String code, String name, Integer first, Integer second, Integer third, Integer excellent) {
        boolean blank() {
            return ContestForm.blank(code) && ContestForm.blank(name);
        }
    }

    record TrackRow(String code, String name) {
        boolean blank() {
            return ContestForm.blank(code) && ContestForm.blank(name);
        }
    }

    record CriterionRow(String name, Integer weight) {
        boolean blank() {
            return ContestForm.blank(name) && weight == null;
        }
    }

    record PrizeRow(String name, String reward) {
        boolean blank() {
            return ContestForm.blank(name) && ContestForm.blank(reward);
        }
    }

    /**
     * A problem with one field or row, shown next to it: {@code contest.row.<code>} of the contest bundle, worded
     * when the form is shown, in the page's language.
     */
    record Problem(String field, String code, Object... arguments) implements MessageSourceResolvable {

        @Override
        public String[] getCodes() {
            return new String[] {"contest.row." + code};
        }

        @Override
        public Object[] getArguments() {
            return arguments.clone();
        }
    }

    ContestForm {
        groups = groups == null ? new ArrayList<>() : new ArrayList<>(groups);
        categories = categories == null ? new ArrayList<>() : new ArrayList<>(categories);
        rubric = rubric == null ? new ArrayList<>() : new ArrayList<>(rubric);
        prizes = prizes == null ? new ArrayList<>() : new ArrayList<>(prizes);
        requiredFields = requiredFields == null ? Set.of() : requiredFields;
    }

    static ContestForm blank() {
        return new ContestForm(
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        300,
                        500,
                        480,
                        "mp4, mov",
                        2,
                        List.of(new GroupRow("youth", "青少年组", 1, 2, 3, 5), new GroupRow("adult", "成人组", 1, 2, 3, 5)),
                        List.of(new TrackRow("video", "微视频"), new TrackRow("drama", "科普剧")),
                        List.of(
                                new CriterionRow("科学性", 30),
                                new CriterionRow("创新性", 25),
                                new CriterionRow("艺术性", 25),
                                new CriterionRow("传播性", 20)),
                        List.of(),
                        EnumSet.of(EntryField.UNIT, EntryField.TOWN))
                .withBlankRows();
    }

    static ContestForm of(Contest c, String rulesMarkdown) {
        return new ContestForm(
                        c.slug(),
                        c.title(),
                        c.theme(),
                        rulesMarkdown,
                        local(c.schedule().submitOpens()),
                        local(c.schedule().submitCloses()),
                        local(c.schedule().judgingOpens()),
                        local(c.schedule().judgingCloses()),
                        local(c.schedule().resultsAt()),
                        c.limits().maxDurationSeconds(),
                        c.limits().maxSizeMb(),
                        c.limits().minShortSide(),
                        c.limits().formatList(),
                        c.limits().entriesPerCreator(),
                        c.groups().stream()
                                .map(g -> new GroupRow(
                                        g.code(),
                                        g.name(),
                                        c.slots(g.code(), Award.FIRST),
                                        c.slots(g.code(), Award.SECOND),
                                        c.slots(g.code(), Award.THIRD),
                                        c.slots(g.code(), Award.EXCELLENT)))
                                .toList(),
                        c.categories().stream()
                                .map(t -> new TrackRow(t.code(), t.name()))
                                .toList(),
                        c.rubric().stream()
                                .map(r -> new CriterionRow(r.name(), r.weight()))
                                .toList(),
                        c.prizes().stream()
                                .map(p -> new PrizeRow(p.name(), p.reward()))
                                .toList(),
                        c.requiredFields())
                .withBlankRows();
    }

    /** The rows as filled in, plus {@link #BLANK_ROWS} empty ones in each list to fill. */
    ContestForm withBlankRows() {
        groups.removeIf(GroupRow::blank);
        categories.removeIf(TrackRow::blank);
        rubric.removeIf(CriterionRow::blank);
        prizes.removeIf(PrizeRow::blank);
        for (int i = 0; i < BLANK_ROWS; i++) {
            addRow("groups");
            addRow("categories");
            addRow("rubric");
            addRow("prizes");
        }
        return this;
    }

    /** One more empty row in a list (the form's "add a row" button, which works without script). */
    ContestForm addRow(String list) {
        switch (list) {
            case "groups" -> add(groups, new GroupRow("", "", 0, 0, 0, 0));
            case "categories" -> add(categories, new TrackRow("", ""));
            case "rubric" -> add(rubric, new CriterionRow("", null));
            case "prizes" -> add(prizes, new PrizeRow("", ""));
            default -> throw new IllegalArgumentException("No such list: " + list);
        }
        return this;
    }

    /** Takes out a row, given as {@code rubric:2}. */
    ContestForm removeRow(String row) {
        String[] parts = row.split(":", 2);
        int index = parts.length == 2 && parts[1].matches("[0-9]{1,2}") ? Integer.parseInt(parts[1]) : -1;
        List<?> rows = switch (parts[0]) {
            case "groups" -> groups;
            case "categories" -> categories;
            case "rubric" -> rubric;
            case "prizes" -> prizes;
            default -> List.of();
        };
        if (index >= 0 && index < rows.size()) {
            rows.remove(index);
        }
        return this;
    }

    /** The rubric's weights so far, shown beside it so the admin sees what is missing to 100. */
    public int weightTotal() {
        return rubric.stream()
                .map(CriterionRow::weight)
                .filter(w -> w != null)
                .mapToInt(Integer::intValue)
                .sum();
    }

    /** What is wrong with the rows, each problem named by its row's field; empty when they are fine. */
    List<Problem> rowProblems() {
        List<Problem> problems = new ArrayList<>();
        Set<String> groupCodes = new HashSet<>();
        for (int i = 0; i < groups.size(); i++) {
            GroupRow g = groups.get(i);
            if (g.blank()) {
                continue;
            }
            String at = "groups[" + i + "]";
            if (blank(g.name()) || g.name().strip().length() > 60) {
                problems.add(new Problem(at + ".name", "group-name"));
            }
            if (!blank(g.code()) && !code(g.code()).matches("[a-z0-9-]{1,40}")) {
                problems.add(new Problem(at + ".code", "code-format"));
            } else if (!blank(g.code()) && !groupCodes.add(code(g.code()))) {
                problems.add(new Problem(at + ".code", "group-code-taken"));
            }
            if (Arrays.asList(g.first(), g.second(), g.third(), g.excellent()).stream()
                    .anyMatch(n -> n != null && (n < 0 || n > 999))) {
                problems.add(new Problem(at + ".first", "award-places"));
            }
        }
        Set<String> categoryCodes = new HashSet<>();
        for (int i = 0; i < categories.size(); i++) {
            TrackRow t = categories.get(i);
            if (t.blank()) {
                continue;
            }
            String at = "categories[" + i + "]";
            if (blank(t.name()) || t.name().strip().length() > 60) {
                problems.add(new Problem(at + ".name", "category-name"));
            }
            if (!blank(t.code()) && !code(t.code()).matches("[a-z0-9-]{1,40}")) {
                problems.add(new Problem(at + ".code", "code-format"));
            } else if (!blank(t.code()) && !categoryCodes.add(code(t.code()))) {
                problems.add(new Problem(at + ".code", "category-code-taken"));
            }
        }
        for (int i = 0; i < rubric.size(); i++) {
            CriterionRow c = rubric.get(i);
            if (c.blank()) {
                continue;
            }
            String at = "rubric[" + i + "]";
            if (blank(c.name()) || c.name().strip().length() > 60) {
                problems.add(new Problem(at + ".name", "criterion-name"));
            }
            if (c.weight() == null || c.weight() < 1 || c.weight() > 100) {
                problems.add(new Problem(at + ".weight", "weight"));
            }
        }
        for (int i = 0; i < prizes.size(); i++) {
            PrizeRow p = prizes.get(i);
            if (p.blank()) {
                continue;
            }
            String at = "prizes[" + i + "]";
            if (blank(p.name()) || p.name().strip().length() > 60) {
                problems.add(new Problem(at + ".name", "prize-name"));
            }
            if (blank(p.reward()) || p.reward().strip().length() > 300) {
                problems.add(new Problem(at + ".reward", "prize-reward"));
            }
        }
        if (problems.isEmpty()) {
            long filled = rubric.stream().filter(c -> !c.blank()).count();
            if (filled == 0) {
                problems.add(new Problem("rubric", "rubric-empty"));
            } else if (weightTotal() != 100) {
                problems.add(new Problem("rubric", "rubric-total", weightTotal()));
            }
        }
        return problems;
    }

    /**
     * The definition the form describes. The rows must have passed {@link #rowProblems()}; what only
     * the whole contest can tell (the order of the dates, the limits) is thrown as {@link
     * ContestRuleBroken} naming its field.
     *
     * @param rulesHtml the rules rendered from {@link #rules()}, sanitized
     * @param posterKey the contest's poster (changed on its own form), or null
     */
    ContestDefinition definition(String rulesHtml, String posterKey) {
        ContestSchedule schedule = field(
                "submitOpens",
                () -> new ContestSchedule(
                        instant(submitOpens, "submitOpens"),
                        instant(submitCloses, "submitCloses"),
                        instant(judgingOpens, "judgingOpens"),
                        instant(judgingCloses, "judgingCloses"),
                        instant(resultsAt, "resultsAt")));
        ContestLimits limits = field(
                "maxDurationSeconds",
                () -> new ContestLimits(
                        number(maxDurationSeconds),
                        number(maxSizeMb),
                        number(minShortSide),
                        Arrays.stream(text(formats).split("[,，、\\s]+")).collect(Collectors.toSet()),
                        number(entriesPerCreator)));
        List<GroupRow> groupRows = groups.stream().filter(g -> !g.blank()).toList();
        List<Track> groupList = field(
                "groups",
                () -> tracks(
                        groupRows.stream()
                                .map(g -> new TrackRow(g.code(), g.name()))
                                .toList(),
                        "g"));
        List<Track> categoryList = field(
                "categories",
                () -> tracks(categories.stream().filter(t -> !t.blank()).toList(), "c"));
        List<Criterion> criteria = rubric.stream()
                .filter(c -> !c.blank())
                .map(c -> new Criterion(c.name().strip(), c.weight()))
                .toList();
        List<AwardSlot> slots = new ArrayList<>();
        for (int i = 0; i < groupRows.size(); i++) {
            GroupRow g = groupRows.get(i);
            String code = groupList.get(i).code();
            slots.add(new AwardSlot(code, Award.FIRST, count(g.first())));
            slots.add(new AwardSlot(code, Award.SECOND, count(g.second())));
            slots.add(new AwardSlot(code, Award.THIRD, count(g.third())));
            slots.add(new AwardSlot(code, Award.EXCELLENT, count(g.excellent())));
        }
        List<Prize> prizeList = prizes.stream()
                .filter(p -> !p.blank())
                .map(p -> new Prize(p.name().strip(), p.reward().strip()))
                .toList();
        return field(
                "slug",
                () -> new ContestDefinition(
                        text(slug).toLowerCase(Locale.ROOT),
                        text(title),
                        text(theme),
                        rulesHtml,
                        schedule,
                        limits,
                        groupList,
                        categoryList,
                        criteria,
                        slots,
                        requiredFields,
                        text(rules),
                        posterKey,
                        prizeList));
    }

    /** Tracks from rows; a row without a code gets one made from its place ({@code g1}, {@code c2}). */
    private static List<Track> tracks(List<TrackRow> rows, String prefix) {
        Set<String> taken = rows.stream()
                .filter(r -> !blank(r.code()))
                .map(r -> code(r.code()))
                .collect(Collectors.toSet());
        List<Track> result = new ArrayList<>();
        for (TrackRow row : rows) {
            String code = blank(row.code())
                    ? IntStream.iterate(1, n -> n + 1)
                            .mapToObj(n -> prefix + n)
                            .filter(taken::add)
                            .findFirst()
                            .orElseThrow()
                    : code(row.code());
            result.add(new Track(code, text(row.name())));
        }
        return result;
    }

    private static <T> void add(List<T> rows, T row) {
        if (rows.size() < MAX_ROWS + BLANK_ROWS) {
            rows.add(row);
        }
    }

    private static <T> T field(String name, Supplier<T> part) {
        try {
            return part.get();
        } catch (ContestRuleBroken e) {
            throw e.field() == null ? e.at(name) : e;
        }
    }

    private static Instant instant(String text, String field) {
        try {
            return LocalDateTime.parse(text(text), LOCAL).atZone(BEIJING).toInstant();
        } catch (DateTimeParseException e) {
            throw ContestRuleBroken.at(field, "contest.schedule.incomplete");
        }
    }

    private static String local(Instant at) {
        return LOCAL.format(at.atZone(BEIJING));
    }

    private static int number(Integer value) {
        if (value == null) {
            throw new ContestRuleBroken("contest.definition.limit-numbers");
        }
        return value;
    }

    private static int count(Integer value) {
        return value == null ? 0 : value;
    }

    private static String code(String value) {
        return text(value).toLowerCase(Locale.ROOT);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
