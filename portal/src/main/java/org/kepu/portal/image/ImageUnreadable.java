package org.kepu.portal.image;

/** A stored image variant could not be read back (the blob store failed or the file is damaged). */
public class ImageUnreadable extends RuntimeException {

    ImageUnreadable(String imageId, Throwable cause) {
        super("could not read stored image " + imageId, cause);
    }
}
