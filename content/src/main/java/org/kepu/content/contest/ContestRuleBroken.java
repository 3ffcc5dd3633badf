package org.kepu.content.contest;

import org.kepu.content.RuleBroken;

/** A contest action the rules or the calendar refuse; see {@link RuleBroken} for the message and field. */
public class ContestRuleBroken extends RuleBroken {

    public ContestRuleBroken(String message) {
        super(message);
    }

    public ContestRuleBroken(String field, String message) {
        super(field, message);
    }
}
