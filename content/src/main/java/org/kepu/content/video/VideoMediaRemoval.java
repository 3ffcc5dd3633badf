package org.kepu.content.video;

import org.kepu.content.blob.BlobStore;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Removes a deleted video's objects from the store, after the deletion is committed (not before: a rollback keeps them). */
@Component
class VideoMediaRemoval {

    private final BlobStore blobs;

    VideoMediaRemoval(BlobStore blobs) {
        this.blobs = blobs;
    }

    @TransactionalEventListener
    void remove(VideoDeleted deleted) {
        deleted.blobPrefixes().forEach(blobs::deleteAll);
        deleted.blobKeys().forEach(blobs::delete);
    }
}
