package org.kepu.content.upload;

/** No upload with this id belongs to the caller (ids are unguessable and bound to their owner). */
public class UploadNotFound extends RuntimeException {

    public UploadNotFound(String id) {
        super("No upload " + id);
    }
}
