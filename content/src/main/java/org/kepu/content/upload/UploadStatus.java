package org.kepu.content.upload;

/** An upload receives bytes until complete; a complete one is used once, for a video or entry. */
public enum UploadStatus {
    RECEIVING,
    COMPLETE,
    USED
}
