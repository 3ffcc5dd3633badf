package org.kepu.content.video;

import org.kepu.content.blob.BlobStore;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Removes objects of the store nothing points at any more: a deleted video's, and the renditions
 * and source a replaced file made obsolete. After commit, not before: a rollback keeps them.
 */
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

    @TransactionalEventListener
    void remove(ObsoleteMedia obsolete) {
        obsolete.blobPrefixes().forEach(blobs::deleteAll);
        obsolete.blobKeys().forEach(blobs::delete);
    }
}
