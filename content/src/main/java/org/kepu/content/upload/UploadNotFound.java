package org.kepu.content.upload;

import org.kepu.content.NotFound;

/** No upload with this id belongs to the caller (ids are unguessable and bound to their owner). */
public class UploadNotFound extends NotFound {

    public UploadNotFound(String id) {
        super("No upload " + id);
    }
}
