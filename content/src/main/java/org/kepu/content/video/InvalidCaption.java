package org.kepu.content.video;

/** An uploaded caption file is not usable WebVTT; the reason is Chinese text for the person. */
public class InvalidCaption extends RuntimeException {

    public InvalidCaption(String reason) {
        super(reason);
    }
}
