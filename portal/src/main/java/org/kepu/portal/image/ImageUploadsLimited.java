package org.kepu.portal.image;

/** An account sent more images than its allowance for the period. */
public class ImageUploadsLimited extends RuntimeException {

    ImageUploadsLimited(String uploader) {
        super("image upload allowance used up by " + uploader);
    }
}
