package org.kepu.media;

import java.nio.file.Path;
import org.kepu.content.blob.BlobStore;
import org.kepu.content.blob.S3TestStores;

/** The same checkpoints against a real S3 endpoint (S3Mock), a bucket per test. */
class S3SegmentCheckpointsTests extends SegmentCheckpointsContract {

    @Override
    protected BlobStore createStore(Path temp) {
        return S3TestStores.freshBucket("kepu-checkpoints");
    }
}
