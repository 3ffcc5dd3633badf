package org.kepu.content.editorial;

import org.kepu.content.RuleBroken;

/** An action the editorial workflow (articles and videos) does not allow now; see {@link RuleBroken}. */
public class EditorialRuleBroken extends RuleBroken {

    public EditorialRuleBroken(String code, Object... arguments) {
        super(null, code, arguments);
    }

    EditorialRuleBroken(FourEyes.Conflict conflict) {
        this(conflict.code(), conflict.getArguments());
    }
}
