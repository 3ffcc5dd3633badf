package org.kepu.content.contest;

/**
 * A contest action the rules or the calendar refuse; the message is for the person acting, and
 * {@code field} names the form field it belongs next to, when there is one.
 */
public class ContestRuleBroken extends RuntimeException {

    private final String field;

    public ContestRuleBroken(String message) {
        this(null, message);
    }

    public ContestRuleBroken(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
