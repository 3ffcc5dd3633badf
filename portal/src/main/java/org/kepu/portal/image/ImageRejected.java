package org.kepu.portal.image;

/** An uploaded image cannot be used; the message is Chinese text for the person who sent it. */
public class ImageRejected extends RuntimeException {

    ImageRejected(String message) {
        super(message);
    }
}
