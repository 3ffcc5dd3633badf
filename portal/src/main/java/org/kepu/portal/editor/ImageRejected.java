package org.kepu.portal.editor;

/** An uploaded image cannot be used; the message is Chinese text for the editor. */
class ImageRejected extends RuntimeException {

    ImageRejected(String message) {
        super(message);
    }
}
