package org.kepu.content.contest;

import java.time.Instant;

/** A contest entry as stored. {@code creatorId} is null once its creator deleted their account. */
public record Entry(
        long id,
        long contestId,
        Long creatorId,
        String anonCode,
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
        Long videoId,
        String coverKey,
        EntryStatus status,
        String returnReason,
        long voteCount,
        Instant createdAt,
        Instant updatedAt,
        Instant submittedAt) {

    public boolean ownedBy(long accountId) {
        return creatorId != null && creatorId == accountId;
    }

    public boolean withdrawn() {
        return status == EntryStatus.WITHDRAWN;
    }
}
