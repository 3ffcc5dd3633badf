package org.kepu.content.blob;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

class FolderUploadStorageTests extends UploadStorageContract {

    @TempDir
    Path temp;

    private BlobStore blobs;
    private UploadStorage storage;

    @BeforeEach
    void setUp() {
        blobs = new FolderBlobStore(temp.resolve("blobs"));
        storage = new FolderUploadStorage(temp.resolve("staging"), blobs);
    }

    @Override
    protected UploadStorage storage() {
        return storage;
    }

    @Override
    protected BlobStore blobs() {
        return blobs;
    }
}
