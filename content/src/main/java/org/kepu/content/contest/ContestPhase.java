package org.kepu.content.contest;

import org.springframework.context.MessageSourceResolvable;

/**
 * Where a contest stands on a given day, decided from its dates alone.
 * Its name is {@code contest.phase.<NAME>} in the domain bundle.
 */
public enum ContestPhase implements MessageSourceResolvable {
    UPCOMING,
    COLLECTING,
    SCREENING,
    JUDGING,
    PUBLICITY,
    RESULTS;

    /** The bundle key of its name. */
    public String labelCode() {
        return "contest.phase." + name();
    }

    @Override
    public String[] getCodes() {
        return new String[] {labelCode()};
    }
}
