package org.kepu.content;

/**
 * The parent of every action a rule refuses now (the workflow, the contest calendar, an account
 * rule): the message is Chinese text for the person acting, and {@link #field()} names the form
 * field it belongs next to, when there is one. The portal answers all of them in one place with
 * 409 Conflict: the request is well formed, the state of the item forbids it.
 */
public abstract class RuleBroken extends RuntimeException {

    private final String field;

    protected RuleBroken(String message) {
        this(null, message);
    }

    protected RuleBroken(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The form field the message belongs next to, or null for the form as a whole. */
    public String field() {
        return field;
    }
}
