package org.kepu.content.blob;

public class BlobNotFound extends RuntimeException {

    public BlobNotFound(String key) {
        super("No blob under key " + key);
    }
}
