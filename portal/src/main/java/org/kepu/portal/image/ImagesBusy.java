package org.kepu.portal.image;

/** Every decode slot stayed taken while the upload waited; the sender should try again shortly. */
public class ImagesBusy extends RuntimeException {

    ImagesBusy() {
        super("all image decode slots are busy");
    }
}
