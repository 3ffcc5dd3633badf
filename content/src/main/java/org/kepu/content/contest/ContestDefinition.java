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
            throw new ContestRuleBroken("contest.definition.slug");
        }
        if (title == null || title.isBlank() || title.length() > 200) {
            throw new ContestRuleBroken("contest.definition.title");
        }
        if (theme == null || theme.isBlank() || theme.length() > 500) {
            throw new ContestRuleBroken("contest.definition.theme");
        }
        if (schedule == null || limits == null) {
            throw new ContestRuleBroken("contest.definition.schedule-and-limits");
        }
        groups = checkTracks(groups, "groups");
        categories = checkTracks(categories, "categories");
        rubric = List.copyOf(rubric == null ? List.of() : rubric);
        if (rubric.isEmpty()
                || rubric.stream().anyMatch(c -> c.name() == null || c.name().isBlank() || c.weight() < 1)) {
            throw new ContestRuleBroken("contest.definition.rubric-item");
        }
        if (rubric.stream().mapToInt(Criterion::weight).sum() != 100) {
            throw new ContestRuleBroken("contest.definition.rubric-total");
        }
        awardSlots = List.copyOf(awardSlots == null ? List.of() : awardSlots);
        Set<String> groupCodes = new HashSet<>(groups.stream().map(Track::code).toList());
        for (AwardSlot slot : awardSlots) {
            if (!groupCodes.contains(slot.groupCode()) || slot.slots() < 0 || slot.award() == Award.NONE) {
                throw new ContestRuleBroken("contest.definition.award-slots");
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
            throw ContestRuleBroken.at("prizes", "contest.definition.prizes");
        }
        if (posterKey != null && (posterKey.isBlank() || posterKey.length() > 300)) {
            posterKey = null;
        }
    }

    private static List<Track> checkTracks(List<Track> tracks, String what) {
        List<Track> copy = List.copyOf(tracks == null ? List.of() : tracks);
        if (copy.isEmpty()) {
            throw new ContestRuleBroken("contest.definition." + what + ".missing");
        }
        Set<String> codes = new HashSet<>();
        for (Track track : copy) {
            if (track.code() == null
                    || !track.code().matches("[a-z0-9-]{1,40}")
                    || track.name() == null
                    || track.name().isBlank()
                    || track.name().length() > 60
                    || !codes.add(track.code())) {
                throw new ContestRuleBroken("contest.definition." + what + ".invalid");
            }
        }
        return copy;
    }
}
