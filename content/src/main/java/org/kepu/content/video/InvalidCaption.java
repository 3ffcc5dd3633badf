package org.kepu.content.video;

import org.kepu.content.RuleBroken;

/** An uploaded caption file is not usable WebVTT; the reason is Chinese text for the person. */
public class InvalidCaption extends RuleBroken {

    public InvalidCaption(String reason) {
        super(reason);
    }
}
