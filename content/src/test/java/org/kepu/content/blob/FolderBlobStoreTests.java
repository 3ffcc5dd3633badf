package org.kepu.content.blob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class FolderBlobStoreTests extends BlobStoreContract {

    private Path root;

    @Override
    protected BlobStore createStore() {
        root = temp.resolve("blobs");
        return BlobStores.folder(root);
    }

    @Override
    protected boolean presignsUrls() {
        return false;
    }

    @Test
    void leavesNoTemporaryFilesBehind() throws Exception {
        createStore().put("x/y.bin", new ByteArrayInputStream(new byte[1 << 20]), "application/octet-stream");

        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile)
                            .map(p -> root.relativize(p).toString()))
                    .containsExactly("x/y.bin");
        }
    }

    @Test
    void movingInOnOneFileSystemIsARenameNotACopy() throws Exception {
        BlobStore store = createStore();
        Path file = Files.write(temp.resolve("staged.part"), new byte[1 << 20]);
        Object inode = Files.readAttributes(file, BasicFileAttributes.class).fileKey();

        store.moveIn("uploads/1/renamed/source", file, "application/octet-stream");

        Path blob = root.resolve("uploads/1/renamed/source");
        assertThat(Files.readAttributes(blob, BasicFileAttributes.class).fileKey())
                .isEqualTo(inode);
    }

    @Test
    void movingInFromAnotherFileSystemCopiesOnceAndLeavesNoTemporaryFile() throws Exception {
        Path shm = Path.of("/dev/shm");
        assumeTrue(Files.isWritable(shm), "no /dev/shm here");
        Path other = Files.createTempDirectory(shm, "kepu-move-");
        assumeTrue(!Files.getFileStore(other).equals(Files.getFileStore(temp)), "/dev/shm is on the same file system");
        BlobStore store = createStore();
        byte[] content = "跨文件系统的上传".repeat(10_000).getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(other.resolve("staged.part"), content);
        try {
            store.moveIn("uploads/1/copied/source", file, "application/octet-stream");

            assertThat(file).doesNotExist();
            assertThat(Files.readAllBytes(root.resolve("uploads/1/copied/source")))
                    .isEqualTo(content);
            try (Stream<Path> files = Files.walk(root)) {
                assertThat(files.filter(Files::isRegularFile)
                                .map(p -> root.relativize(p).toString()))
                        .containsExactly("uploads/1/copied/source");
            }
        } finally {
            Files.deleteIfExists(file);
            Files.delete(other);
        }
    }

    @Test
    void aMoveThatFailsKeepsTheFileUnchanged() throws Exception {
        BlobStore store = createStore();
        byte[] content = "暂存的字节".getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(temp.resolve("staged.part"), content);
        // a non-empty folder where the blob should go: the rename is refused
        Files.createDirectories(root.resolve("uploads/1/blocked/source/in-the-way"));

        assertThatThrownBy(() -> store.moveIn("uploads/1/blocked/source", file, "application/octet-stream"))
                .isInstanceOf(BlobStoreFailed.class);
        assertThat(Files.readAllBytes(file)).isEqualTo(content);
    }
}
