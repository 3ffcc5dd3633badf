package org.kepu.content.contest;

import java.time.Instant;
import org.kepu.content.video.Video;

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

    /**
     * Whether the public may see it, given its video: accepted in screening (初审) and the video
     * transcoded. The one definition; a withdrawn or returned entry is not public. Contests have no
     * unpublished state of their own, so the contest's phase does not matter.
     */
    public boolean isPublicWith(Video video) {
        return status == EntryStatus.ACCEPTED && video != null && video.getId().equals(videoId) && video.isPlayable();
    }

    public boolean withdrawn() {
        return status == EntryStatus.WITHDRAWN;
    }
}
