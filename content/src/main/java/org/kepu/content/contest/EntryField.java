package org.kepu.content.contest;

import org.springframework.context.MessageSourceResolvable;

/**
 * Entry fields a contest may make required; title, summary, group, category and video always are.
 * Its name is {@code contest.entry-field.<NAME>} in the domain bundle.
 */
public enum EntryField implements MessageSourceResolvable {
    UNIT,
    TOWN,
    TEAM,
    COVER;

    /** The bundle key of its name. */
    public String labelCode() {
        return "contest.entry-field." + name();
    }

    @Override
    public String[] getCodes() {
        return new String[] {labelCode()};
    }
}
