package org.kepu.content.contest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A contest as stored, with the dates results were published (null until then).
 *
 * @param mongolian its texts in traditional Mongolian, {@link ContestMongolian#NONE} when it has none
 */
public record Contest(
        long id,
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
        Instant resultsPublishedAt,
        String resultsPublishedBy,
        String rulesSource,
        String posterKey,
        List<Prize> prizes,
        ContestMongolian mongolian) {

    /** The title a page in {@code lang} shows: the Mongolian one on a Mongolian page when there is one. */
    public String titleIn(String lang) {
        return textLang(lang, mongolian.title()).equals("mn") ? mongolian.title() : title;
    }

    public String themeIn(String lang) {
        return textLang(lang, mongolian.theme()).equals("mn") ? mongolian.theme() : theme;
    }

    public String rulesHtmlIn(String lang) {
        return textLang(lang, mongolian.rulesHtml()).equals("mn") ? mongolian.rulesHtml() : rulesHtml;
    }

    /** The language {@link #titleIn} answers in for a page in {@code lang}: {@code mn} or {@code zh}. */
    public String titleLang(String lang) {
        return textLang(lang, mongolian.title());
    }

    public String themeLang(String lang) {
        return textLang(lang, mongolian.theme());
    }

    public String rulesLang(String lang) {
        return textLang(lang, mongolian.rulesHtml());
    }

    private static String textLang(String lang, String mongolianText) {
        return "mn".equals(lang) && !mongolianText.isBlank() ? "mn" : "zh";
    }

    public ContestPhase phaseAt(Instant now) {
        return schedule.phaseAt(now);
    }

    public boolean resultsPublished() {
        return resultsPublishedAt != null;
    }

    public boolean requires(EntryField field) {
        return requiredFields.contains(field);
    }

    public Optional<Track> group(String code) {
        return groups.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    public Optional<Track> category(String code) {
        return categories.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    public String groupName(String code) {
        return group(code).map(Track::name).orElse(code);
    }

    public String categoryName(String code) {
        return category(code).map(Track::name).orElse(code);
    }

    /** How many awards of this level all groups give together. */
    public int slots(Award award) {
        return awardSlots.stream()
                .filter(s -> s.award() == award)
                .mapToInt(AwardSlot::slots)
                .sum();
    }

    public int slots(String groupCode, Award award) {
        return awardSlots.stream()
                .filter(s -> s.groupCode().equals(groupCode) && s.award() == award)
                .mapToInt(AwardSlot::slots)
                .sum();
    }

    public ContestDefinition definition() {
        return new ContestDefinition(
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
                rulesSource,
                posterKey,
                prizes);
    }
}
