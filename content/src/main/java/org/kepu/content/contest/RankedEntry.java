package org.kepu.content.contest;

import java.math.BigDecimal;

/**
 * An entry's place in its group.
 *
 * @param score the aggregated score, null when no judge submitted one
 * @param tieBreak the mean score on the heaviest criterion, the first tie-breaker
 * @param computedAward what the ranking gives; {@code award} is what counts after an admin's change
 * @param awardReason why an admin changed the award, null when unchanged
 */
public record RankedEntry(
        Entry entry,
        int judges,
        BigDecimal score,
        BigDecimal tieBreak,
        int rank,
        Award computedAward,
        Award award,
        String awardReason,
        String awardChangedBy) {

    public boolean awarded() {
        return award != Award.NONE;
    }

    public boolean changed() {
        return awardReason != null;
    }
}
