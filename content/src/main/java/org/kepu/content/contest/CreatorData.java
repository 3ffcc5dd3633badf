package org.kepu.content.contest;

import java.time.Instant;
import java.util.List;

/** Everything the platform holds about a creator, for them to download (个人信息保护法 第四十五条). */
public record CreatorData(
        String username,
        String displayName,
        Instant registeredAt,
        CreatorProfile profile,
        List<Entry> entries,
        List<VoteRecord> votes) {

    /** One vote the creator cast. */
    public record VoteRecord(long entryId, String entryTitle, java.time.LocalDate day) {}
}
