package org.kepu.content.blob;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
