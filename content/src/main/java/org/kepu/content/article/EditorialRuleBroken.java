package org.kepu.content.article;

/** An action the workflow does not allow now; the message is Chinese text for the person. */
public class EditorialRuleBroken extends RuntimeException {

    public EditorialRuleBroken(String message) {
        super(message);
    }
}
