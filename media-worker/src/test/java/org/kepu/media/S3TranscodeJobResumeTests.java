package org.kepu.media;

import org.kepu.content.blob.BlobStore;
import org.kepu.content.blob.S3TestStores;

/** The same takeover with the source and the kept segments in S3 (S3Mock): the watcher uploads while ffmpeg runs. */
class S3TranscodeJobResumeTests extends TranscodeJobResumeTests {

    @Override
    BlobStore store() {
        return S3TestStores.freshBucket("kepu-resume");
    }
}
