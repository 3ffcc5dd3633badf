package org.kepu.content.article;

import org.kepu.content.RuleBroken;

/** An action the editorial workflow (articles and videos) does not allow now; see {@link RuleBroken}. */
public class EditorialRuleBroken extends RuleBroken {

    public EditorialRuleBroken(String code, Object... arguments) {
        super(null, code, arguments);
    }

    @SuppressWarnings("deprecation")
    private EditorialRuleBroken(String text) {
        super(null, text);
    }

    /**
     * A four-eyes conflict, still worded in Java by {@code FourEyes}.
     *
     * @deprecated give the conflicts codes in the domain bundle
     */
    @Deprecated
    public static EditorialRuleBroken worded(String text) {
        return new EditorialRuleBroken(text);
    }
}
