package org.kepu.content.blob;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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

    @Test
    void completingRenamesTheStagedFileIntoTheBlobFolder() throws IOException {
        String key = "uploads/3/renamed/source";
        String ref = storage.begin("renamedupload0000000001", key);
        storage.append("renamedupload0000000001", ref, 0, 4096, new ByteArrayInputStream(new byte[4096]));
        Path staged = temp.resolve("staging/renamedupload0000000001.part");
        Object inode = Files.readAttributes(staged, BasicFileAttributes.class).fileKey();

        storage.complete("renamedupload0000000001", ref, key);

        Path blob = temp.resolve("blobs").resolve(key);
        assertThat(Files.readAttributes(blob, BasicFileAttributes.class).fileKey())
                .isEqualTo(inode);
    }

    @Override
    protected boolean holdsStaged(String uploadId, String blobKey) {
        return Files.exists(temp.resolve("staging").resolve(uploadId + ".part"));
    }

    /** A non-empty folder where the blob should go: the rename is refused. */
    @Override
    protected void failNextCompletion(String blobKey) throws IOException {
        Files.createDirectories(temp.resolve("blobs").resolve(blobKey).resolve("in-the-way"));
    }

    @Override
    protected void allowCompletion(String blobKey) throws IOException {
        Path folder = temp.resolve("blobs").resolve(blobKey);
        Files.delete(folder.resolve("in-the-way"));
        Files.delete(folder);
    }
}
