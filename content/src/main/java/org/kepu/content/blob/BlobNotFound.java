package org.kepu.content.blob;

import org.kepu.content.NotFound;

public class BlobNotFound extends NotFound {

    public BlobNotFound(String key) {
        super("No blob under key " + key);
    }
}
