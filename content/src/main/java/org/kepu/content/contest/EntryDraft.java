package org.kepu.content.contest;

/**
 * What a creator fills in for an entry. Only what the contest needs (个人信息保护法): no ID number,
 * no address; a guardian's name only for minors.
 */
public record EntryDraft(
        String title,
        String summary,
        String groupCode,
        String categoryCode,
        String unit,
        String townCode,
        String teamMembers,
        boolean minor,
        String guardianName,
        boolean guardianConsent,
        boolean originality,
        String coverKey) {

    public EntryDraft {
        title = strip(title);
        summary = strip(summary);
        unit = blankToNull(unit);
        townCode = blankToNull(townCode);
        teamMembers = blankToNull(teamMembers);
        guardianName = minor ? blankToNull(guardianName) : null;
        guardianConsent = minor && guardianConsent;
        coverKey = blankToNull(coverKey);
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
