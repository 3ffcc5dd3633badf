package org.kepu.content.contest;

import org.kepu.content.RuleBroken;

/** A contest action the rules or the calendar refuse; see {@link RuleBroken} for the code and field. */
public class ContestRuleBroken extends RuleBroken {

    public ContestRuleBroken(String code, Object... arguments) {
        this(null, code, arguments);
    }

    private ContestRuleBroken(String field, String code, Object[] arguments) {
        super(field, code, arguments);
    }

    /** A refusal shown next to the form field {@code field}. */
    public static ContestRuleBroken at(String field, String code, Object... arguments) {
        return new ContestRuleBroken(field, code, arguments);
    }

    /** The same refusal, shown next to {@code field}. */
    public ContestRuleBroken at(String field) {
        return new ContestRuleBroken(field, code(), getArguments());
    }
}
