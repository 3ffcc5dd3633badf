package org.kepu.content.upload;

/** The upload became a video or a contest entry: its file stays, so it cannot be cancelled. */
public class UploadInUse extends RuntimeException {

    public UploadInUse(String id) {
        super("Upload " + id + " is used by a video or an entry");
    }
}
