package org.kepu.content.blob;

/** The store could not be read or written (disk full, permissions, endpoint down). */
public class BlobStoreFailed extends RuntimeException {

    public BlobStoreFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
