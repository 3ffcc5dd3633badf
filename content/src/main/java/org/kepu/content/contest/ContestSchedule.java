package org.kepu.content.contest;

import java.time.Instant;

/**
 * The dates of a contest. Entries come in from {@code submitOpens} until {@code submitCloses};
 * editors screen them as they arrive and until judging opens (初审); judges score and the public
 * votes from {@code judgingOpens} until {@code judgingCloses}; published results are on public
 * notice (公示) until {@code resultsAt} and final afterwards.
 */
public record ContestSchedule(
        Instant submitOpens, Instant submitCloses, Instant judgingOpens, Instant judgingCloses, Instant resultsAt) {

    public ContestSchedule {
        if (submitOpens == null
                || submitCloses == null
                || judgingOpens == null
                || judgingCloses == null
                || resultsAt == null) {
            throw new ContestRuleBroken("contest.schedule.missing");
        }
        if (!submitOpens.isBefore(submitCloses)
                || submitCloses.isAfter(judgingOpens)
                || !judgingOpens.isBefore(judgingCloses)
                || judgingCloses.isAfter(resultsAt)) {
            throw new ContestRuleBroken("contest.schedule.order");
        }
    }

    public ContestPhase phaseAt(Instant now) {
        if (now.isBefore(submitOpens)) {
            return ContestPhase.UPCOMING;
        }
        if (now.isBefore(submitCloses)) {
            return ContestPhase.COLLECTING;
        }
        if (now.isBefore(judgingOpens)) {
            return ContestPhase.SCREENING;
        }
        if (now.isBefore(judgingCloses)) {
            return ContestPhase.JUDGING;
        }
        if (now.isBefore(resultsAt)) {
            return ContestPhase.PUBLICITY;
        }
        return ContestPhase.RESULTS;
    }

    public boolean acceptsEntries(Instant now) {
        return phaseAt(now) == ContestPhase.COLLECTING;
    }

    /** Entries may be screened while they arrive and until judging opens. */
    public boolean screens(Instant now) {
        ContestPhase phase = phaseAt(now);
        return phase == ContestPhase.COLLECTING || phase == ContestPhase.SCREENING;
    }

    public boolean judges(Instant now) {
        return phaseAt(now) == ContestPhase.JUDGING;
    }

    /** Public votes (人气奖) are cast while the judges score. */
    public boolean votes(Instant now) {
        return phaseAt(now) == ContestPhase.JUDGING;
    }
}
