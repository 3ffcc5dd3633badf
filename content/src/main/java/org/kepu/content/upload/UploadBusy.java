package org.kepu.content.upload;

/** Another PATCH is writing this upload right now (on this portal or another); tus answers 423. */
public class UploadBusy extends RuntimeException {

    public UploadBusy(String id) {
        super("Upload " + id + " is being written by another request");
    }
}
