package org.kepu.content.blob;

import java.nio.file.Path;

/** Builds blob stores outside of Spring, for tools and tests. */
public final class BlobStores {

    private BlobStores() {}

    public static BlobStore folder(Path root) {
        return new FolderBlobStore(root);
    }
}
