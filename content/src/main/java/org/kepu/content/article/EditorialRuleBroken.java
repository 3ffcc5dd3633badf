package org.kepu.content.article;

import org.kepu.content.RuleBroken;

/** An action the workflow does not allow now; the message is Chinese text for the person. */
public class EditorialRuleBroken extends RuleBroken {

    public EditorialRuleBroken(String message) {
        super(message);
    }
}
