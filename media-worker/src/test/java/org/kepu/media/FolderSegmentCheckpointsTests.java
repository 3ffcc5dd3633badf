package org.kepu.media;

import java.nio.file.Path;
import org.kepu.content.blob.BlobStore;
import org.kepu.content.blob.BlobStores;

class FolderSegmentCheckpointsTests extends SegmentCheckpointsContract {

    @Override
    protected BlobStore createStore(Path temp) {
        return BlobStores.folder(temp.resolve("store"));
    }
}
