package org.kepu.portal.contest;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.kepu.content.contest.Award;
import org.kepu.content.contest.AwardSlot;
import org.kepu.content.contest.Contest;
import org.kepu.content.contest.ContestDefinition;
import org.kepu.content.contest.ContestLimits;
import org.kepu.content.contest.ContestRuleBroken;
import org.kepu.content.contest.ContestSchedule;
import org.kepu.content.contest.Criterion;
import org.kepu.content.contest.EntryField;
import org.kepu.content.contest.Track;
import org.kepu.portal.web.SafeHtml;

/**
 * The admin's contest form. Lists are one item per line, e.g. groups {@code youth 青少年组}, the
 * rubric {@code 科学性 30}, awards {@code youth 1 2 3 5} (一等奖, 二等奖, 三等奖, 优秀奖 per
 * group); dates are Beijing time.
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
        String groups,
        String categories,
        String rubric,
        String awards,
        Set<EntryField> requiredFields) {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final Award[] LEVELS = {Award.FIRST, Award.SECOND, Award.THIRD, Award.EXCELLENT};

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
                "youth 青少年组\nadult 成人组",
                "video 微视频\ndrama 科普剧",
                "科学性 30\n创新性 25\n艺术性 25\n传播性 20",
                "youth 1 2 3 5\nadult 1 2 3 5",
                EnumSet.of(EntryField.UNIT, EntryField.TOWN));
    }

    static ContestForm of(Contest c) {
        return new ContestForm(
                c.slug(),
                c.title(),
                c.theme(),
                c.rulesHtml(),
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
                lines(c.groups()),
                lines(c.categories()),
                c.rubric().stream().map(r -> r.name() + " " + r.weight()).collect(Collectors.joining("\n")),
                c.groups().stream()
                        .map(g -> g.code() + " "
                                + Arrays.stream(LEVELS)
                                        .map(level -> String.valueOf(c.slots(g.code(), level)))
                                        .collect(Collectors.joining(" ")))
                        .collect(Collectors.joining("\n")),
                c.requiredFields());
    }

    ContestDefinition definition() {
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
                        Arrays.stream(text(formats).split("[,，\\s]+")).collect(Collectors.toSet()),
                        number(entriesPerCreator)));
        List<Track> groupList = field("groups", () -> tracks(groups));
        List<Track> categoryList = field("categories", () -> tracks(categories));
        List<Criterion> criteria = field("rubric", this::criteria);
        List<AwardSlot> slots = field("awards", this::slots);
        return field(
                "slug",
                () -> new ContestDefinition(
                        text(slug).toLowerCase(java.util.Locale.ROOT),
                        text(title),
                        text(theme),
                        SafeHtml.sanitize(paragraphs(text(rules))),
                        schedule,
                        limits,
                        groupList,
                        categoryList,
                        criteria,
                        slots,
                        requiredFields == null ? Set.of() : requiredFields));
    }

    private List<Criterion> criteria() {
        List<Criterion> result = new ArrayList<>();
        for (String line : text(rubric).split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.strip().split("\\s+");
            try {
                result.add(new Criterion(parts[0], Integer.parseInt(parts[parts.length - 1])));
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new ContestRuleBroken("rubric", "评分标准每行写“名称 权重”，例如：科学性 30");
            }
        }
        return result;
    }

    private List<AwardSlot> slots() {
        List<AwardSlot> result = new ArrayList<>();
        for (String line : text(awards).split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.strip().split("\\s+");
            if (parts.length != 5) {
                throw new ContestRuleBroken("awards", "奖项名额每行写“组别代码 一等奖 二等奖 三等奖 优秀奖”的名额，例如：youth 1 2 3 5");
            }
            for (int i = 0; i < LEVELS.length; i++) {
                try {
                    result.add(new AwardSlot(parts[0], LEVELS[i], Integer.parseInt(parts[i + 1])));
                } catch (NumberFormatException e) {
                    throw new ContestRuleBroken("awards", "奖项名额须为整数");
                }
            }
        }
        return result;
    }

    private static List<Track> tracks(String text) {
        List<Track> result = new ArrayList<>();
        for (String line : text(text).split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.strip().split("\\s+", 2);
            if (parts.length < 2) {
                throw new ContestRuleBroken("每行写“代码 名称”，例如：youth 青少年组");
            }
            result.add(new Track(parts[0].toLowerCase(java.util.Locale.ROOT), parts[1].strip()));
        }
        return result;
    }

    /** Plain text as paragraphs; text that already is HTML is left to the sanitizer. */
    private static String paragraphs(String text) {
        if (text.startsWith("<")) {
            return text;
        }
        return Arrays.stream(text.split("\\R\\s*\\R"))
                .filter(p -> !p.isBlank())
                .map(p -> "<p>"
                        + org.springframework.web.util.HtmlUtils.htmlEscape(p.strip())
                                .replaceAll("\\R", "<br>") + "</p>")
                .collect(Collectors.joining());
    }

    private static <T> T field(String name, Supplier<T> part) {
        try {
            return part.get();
        } catch (ContestRuleBroken e) {
            throw e.field() == null ? new ContestRuleBroken(name, e.getMessage()) : e;
        }
    }

    private static Instant instant(String text, String field) {
        try {
            return LocalDateTime.parse(text(text), LOCAL).atZone(BEIJING).toInstant();
        } catch (DateTimeParseException e) {
            throw new ContestRuleBroken(field, "请填写完整的日期和时间");
        }
    }

    private static String local(Instant at) {
        return LOCAL.format(at.atZone(BEIJING));
    }

    private static String lines(List<Track> tracks) {
        return tracks.stream().map(t -> t.code() + " " + t.name()).collect(Collectors.joining("\n"));
    }

    private static int number(Integer value) {
        if (value == null) {
            throw new ContestRuleBroken("请填写作品要求中的每一项数字");
        }
        return value;
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
