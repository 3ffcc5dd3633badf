package org.kepu.content.contest;

/** The contest's rules for what a creator fills in, with the field each refusal belongs to. */
final class EntryCheck {

    private EntryCheck() {}

    static void check(Contest contest, EntryDraft draft, boolean townExists) {
        if (draft.title().isEmpty() || draft.title().length() > 200) {
            throw ContestRuleBroken.at("title", "contest.entry.title");
        }
        if (draft.summary().isEmpty() || draft.summary().length() > 1000) {
            throw ContestRuleBroken.at("summary", "contest.entry.summary");
        }
        if (draft.groupCode() == null || contest.group(draft.groupCode()).isEmpty()) {
            throw ContestRuleBroken.at("groupCode", "contest.entry.group");
        }
        if (draft.categoryCode() == null
                || contest.category(draft.categoryCode()).isEmpty()) {
            throw ContestRuleBroken.at("categoryCode", "contest.entry.category");
        }
        required(contest, EntryField.UNIT, draft.unit(), "unit");
        required(contest, EntryField.TOWN, draft.townCode(), "townCode");
        required(contest, EntryField.TEAM, draft.teamMembers(), "teamMembers");
        required(contest, EntryField.COVER, draft.coverKey(), "coverKey");
        if (draft.unit() != null && draft.unit().length() > 100) {
            throw ContestRuleBroken.at("unit", "contest.entry.unit");
        }
        if (draft.teamMembers() != null && draft.teamMembers().length() > 500) {
            throw ContestRuleBroken.at("teamMembers", "contest.entry.team-members");
        }
        if (draft.townCode() != null && !townExists) {
            throw ContestRuleBroken.at("townCode", "contest.entry.town");
        }
        if (draft.minor()
                && (draft.guardianName() == null || draft.guardianName().length() > 60)) {
            throw ContestRuleBroken.at("guardianName", "contest.entry.guardian-name");
        }
        if (draft.minor() && !draft.guardianConsent()) {
            throw ContestRuleBroken.at("guardianConsent", "contest.entry.guardian-consent");
        }
        if (!draft.originality()) {
            throw ContestRuleBroken.at("originality", "contest.entry.originality");
        }
    }

    static void checkVideo(Contest contest, EntryVideo video) {
        ContestLimits limits = contest.limits();
        if (!limits.accepts(video.fileName())) {
            throw ContestRuleBroken.at("uploadId", "contest.entry.format", limits.formatList());
        }
        if (video.bytes() > limits.maxSizeMb() * 1024L * 1024L) {
            throw ContestRuleBroken.at("uploadId", "contest.entry.too-large", limits.maxSizeMb());
        }
    }

    private static void required(Contest contest, EntryField field, String value, String name) {
        if (contest.requires(field) && value == null) {
            throw ContestRuleBroken.at(name, "contest.entry.required." + field.name());
        }
    }
}
