package org.kepu.content.contest;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What an admin defines for a contest. The rules' HTML arrives already sanitized by the caller.
 *
 * @param rubric weighted criteria whose weights add up to 100
 * @param rulesSource the rules as the admin wrote them (Markdown), or null when only the HTML exists
 * @param posterKey the poster image ({@code <image id>;<alt>}), or null for none
 * @param prizes what each award brings, in the order the page lists them
 */
public record ContestDefinition(
        String slug,
        String title,
        String theme,
        String rulesHtml,
        ContestSchedule schedule,
        ContestLimits limits,
        List<Track> groups,
        List<Track> categories,
        List<Criterion> rubric,
        List<AwardSlot> awardSlots,
        Set<EntryField> requiredFields,
        String rulesSource,
        String posterKey,
        List<Prize> prizes) {

    static final int MAX_PRIZES = 20;

    /** A definition without Markdown source, poster or prizes (contests defined in code, as the demo's). */
    public ContestDefinition(
            String slug,
            String title,
            String theme,
            String rulesHtml,
            ContestSchedule schedule,
            ContestLimits limits,
            List<Track> groups,
            List<Track> categories,
            List<Criterion> rubric,
            List<AwardSlot> awardSlots,
            Set<EntryField> requiredFields) {
        this(
                slug,
                title,
                theme,
                rulesHtml,
                schedule,
                limits,
                groups,
                categories,
                rubric,
                awardSlots,
                requiredFields,
                null,
                null,
                List.of());
    }

    public ContestDefinition {
        if (slug == null || !slug.matches("[a-z0-9][a-z0-9-]{1,79}")) {
            throw new ContestRuleBroken("网址名只能用小写字母、数字和连字符，2 到 80 个字符");
        }
        if (title == null || title.isBlank() || title.length() > 200) {
            throw new ContestRuleBroken("请填写标题（不超过 200 字）");
        }
        if (theme == null || theme.isBlank() || theme.length() > 500) {
            throw new ContestRuleBroken("请填写主题（不超过 500 字）");
        }
        if (schedule == null || limits == null) {
            throw new ContestRuleBroken("请填写阶段日期和作品要求");
        }
        groups = checkTracks(groups, "组别");
        categories = checkTracks(categories, "类别");
        rubric = List.copyOf(rubric == null ? List.of() : rubric);
        if (rubric.isEmpty()
                || rubric.stream().anyMatch(c -> c.name() == null || c.name().isBlank() || c.weight() < 1)) {
            throw new ContestRuleBroken("评分标准的每一项都要有名称和正的权重");
        }
        if (rubric.stream().mapToInt(Criterion::weight).sum() != 100) {
            throw new ContestRuleBroken("评分标准的权重合计须为 100");
        }
        awardSlots = List.copyOf(awardSlots == null ? List.of() : awardSlots);
        Set<String> groupCodes = new HashSet<>(groups.stream().map(Track::code).toList());
        for (AwardSlot slot : awardSlots) {
            if (!groupCodes.contains(slot.groupCode()) || slot.slots() < 0 || slot.award() == Award.NONE) {
                throw new ContestRuleBroken("奖项名额须属于已有组别且不能为负数");
            }
        }
        requiredFields = requiredFields == null ? Set.of() : Set.copyOf(requiredFields);
        rulesHtml = rulesHtml == null ? "" : rulesHtml;
        prizes = List.copyOf(prizes == null ? List.of() : prizes);
        if (prizes.size() > MAX_PRIZES
                || prizes.stream()
                        .anyMatch(p -> p.name() == null
                                || p.name().isBlank()
                                || p.name().length() > 60
                                || p.reward() == null
                                || p.reward().isBlank()
                                || p.reward().length() > 300)) {
            throw new ContestRuleBroken("prizes", "每个奖项都要有名称（不超过 60 字）和奖励说明（不超过 300 字），最多 20 项");
        }
        if (posterKey != null && (posterKey.isBlank() || posterKey.length() > 300)) {
            posterKey = null;
        }
    }

    private static List<Track> checkTracks(List<Track> tracks, String what) {
        List<Track> copy = List.copyOf(tracks == null ? List.of() : tracks);
        if (copy.isEmpty()) {
            throw new ContestRuleBroken("请至少设置一个" + what);
        }
        Set<String> codes = new HashSet<>();
        for (Track track : copy) {
            if (track.code() == null
                    || !track.code().matches("[a-z0-9-]{1,40}")
                    || track.name() == null
                    || track.name().isBlank()
                    || track.name().length() > 60
                    || !codes.add(track.code())) {
                throw new ContestRuleBroken(what + "的代码须唯一（小写字母、数字、连字符），名称不超过 60 字");
            }
        }
        return copy;
    }
}
