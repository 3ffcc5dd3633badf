package org.kepu.content;

import java.util.Arrays;
import org.springframework.context.MessageSourceResolvable;

/**
 * The parent of every action a rule refuses now (the workflow, the contest calendar, an account
 * rule). It carries a message code of the {@code i18n/domain} bundle and its arguments, so the
 * portal words it in the request's language; {@link #field()} names the form field it belongs next
 * to, when there is one. The portal answers all of them in one place with 409 Conflict: the
 * request is well formed, the state of the item forbids it.
 */
public abstract class RuleBroken extends RuntimeException implements MessageSourceResolvable {

    private final String field;
    private final String code;
    private final Object[] arguments;
    private final String text;

    /** A refusal worded by {@code code} in the domain bundle; arguments are shown as their text. */
    protected RuleBroken(String field, String code, Object[] arguments) {
        super(code + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.field = field;
        this.code = code;
        this.arguments = texts(arguments);
        this.text = null;
    }

    /**
     * A refusal whose text is still written in Java (features not yet moved to the domain bundle).
     *
     * @deprecated give it a code in {@code i18n/domain.properties} instead
     */
    @Deprecated
    protected RuleBroken(String field, String text) {
        super(text);
        this.field = field;
        this.code = null;
        this.arguments = new Object[0];
        this.text = text;
    }

    /** The form field the message belongs next to, or null for the form as a whole. */
    public String field() {
        return field;
    }

    /** The message code, or null for a refusal not yet moved to the domain bundle. */
    public String code() {
        return code;
    }

    @Override
    public String[] getCodes() {
        return code == null ? null : new String[] {code};
    }

    @Override
    public Object[] getArguments() {
        return arguments.clone();
    }

    @Override
    public String getDefaultMessage() {
        return text;
    }

    /**
     * Numbers stay as written ("2048", not "2,048"), as the texts read before they had codes; a
     * nested message (a caption problem in a summary) is worded by the message source.
     */
    static Object[] texts(Object[] arguments) {
        return Arrays.stream(arguments)
                .map(a -> a instanceof MessageSourceResolvable ? a : String.valueOf(a))
                .toArray();
    }
}
