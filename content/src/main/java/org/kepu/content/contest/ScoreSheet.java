package org.kepu.content.contest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.List;

/**
 * One judge's scores for one entry, in rubric order; {@code scores} holds nulls where nothing is
 * scored yet. Submitted sheets are final.
 */
public record ScoreSheet(
        long entryId,
        long judgeId,
        List<Integer> scores,
        List<String> comments,
        String comment,
        boolean conflict,
        String conflictNote,
        BigDecimal total,
        Instant submittedAt) {

    public static ScoreSheet empty(long entryId, long judgeId, int criteria) {
        List<Integer> none = Collections.nCopies(criteria, null);
        List<String> noComments = Collections.nCopies(criteria, null);
        return new ScoreSheet(entryId, judgeId, none, noComments, null, false, null, null, null);
    }

    public boolean submitted() {
        return submittedAt != null;
    }

    public boolean started() {
        return conflict || scores.stream().anyMatch(s -> s != null);
    }
}
