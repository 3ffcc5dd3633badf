package org.kepu.portal.contest;

import org.kepu.content.contest.Entry;
import org.kepu.content.contest.EntryDraft;

/**
 * The entry form as posted; the contest's rules are checked by the domain, not here. {@code coverKey}
 * only carries errors about the cover file: a posted value is never used.
 */
record EntryForm(
        String title,
        String summary,
        String groupCode,
        String categoryCode,
        String unit,
        String townCode,
        String teamMembers,
        Boolean minor,
        String guardianName,
        Boolean guardianConsent,
        Boolean originality,
        String uploadId,
        String coverKey) {

    /** An unticked box sends nothing: false. */
    EntryForm {
        minor = Boolean.TRUE.equals(minor);
        guardianConsent = Boolean.TRUE.equals(guardianConsent);
        originality = Boolean.TRUE.equals(originality);
    }

    static EntryForm empty() {
        return new EntryForm("", "", "", "", "", "", "", false, "", false, false, "", null);
    }

    static EntryForm of(Entry e) {
        return new EntryForm(
                e.title(),
                e.summary(),
                e.groupCode(),
                e.categoryCode(),
                e.unit(),
                e.townCode(),
                e.teamMembers(),
                e.minor(),
                e.guardianName(),
                e.guardianConsent(),
                e.originality(),
                "",
                null);
    }

    /** The draft with the cover to keep or the one just uploaded. */
    EntryDraft draft(String coverKey) {
        return new EntryDraft(
                title,
                summary,
                groupCode,
                categoryCode,
                unit,
                townCode,
                teamMembers,
                minor,
                guardianName,
                guardianConsent,
                originality,
                coverKey);
    }
}
