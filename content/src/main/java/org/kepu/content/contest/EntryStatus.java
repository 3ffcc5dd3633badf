package org.kepu.content.contest;

import org.springframework.context.MessageSourceResolvable;

/**
 * Where an entry stands in screening (初审); the timeline a creator sees adds video and results.
 * Its name is {@code contest.entry-status.<NAME>} in the domain bundle.
 */
public enum EntryStatus implements MessageSourceResolvable {
    PENDING,
    ACCEPTED,
    RETURNED,
    WITHDRAWN;

    /** The bundle key of its name. */
    public String labelCode() {
        return "contest.entry-status." + name();
    }

    @Override
    public String[] getCodes() {
        return new String[] {labelCode()};
    }
}
