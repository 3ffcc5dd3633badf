package org.kepu.content.contest;

import org.springframework.context.MessageSourceResolvable;

/**
 * Award levels, best first; {@code NONE} marks an entry an admin took out of the awards.
 * Its name is {@code contest.award.<NAME>} in the domain bundle.
 */
public enum Award implements MessageSourceResolvable {
    FIRST,
    SECOND,
    THIRD,
    EXCELLENT,
    NONE;

    /** The bundle key of its name. */
    public String labelCode() {
        return "contest.award." + name();
    }

    @Override
    public String[] getCodes() {
        return new String[] {labelCode()};
    }
}
