package org.kepu.content.video;

import java.util.List;
import org.kepu.content.blob.BlobStore;
import org.kepu.content.jobs.JobQueue;
import org.kepu.content.jobs.Jobs;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Removes objects of the store nothing points at any more: a deleted video's, and the renditions
 * and source a replaced file made obsolete. The removal is a job enqueued in the transaction of the
 * change, so a rollback keeps the media and a crash after the commit cannot leave them behind;
 * removing twice is harmless.
 */
@Component
class VideoMediaRemoval {

    private static final String ALL = "all:";
    private static final String ONE = "one:";

    private final BlobStore blobs;
    private final JobQueue jobs;

    VideoMediaRemoval(BlobStore blobs, JobQueue jobs) {
        this.blobs = blobs;
        this.jobs = jobs;
    }

    @EventListener
    void remove(VideoDeleted deleted) {
        enqueue(deleted.blobPrefixes(), deleted.blobKeys());
    }

    @EventListener
    void remove(ObsoleteMedia obsolete) {
        enqueue(obsolete.blobPrefixes(), obsolete.blobKeys());
    }

    /** Runs one removal job. */
    void run(String target) {
        if (target.startsWith(ALL)) {
            blobs.deleteAll(target.substring(ALL.length()));
        } else if (target.startsWith(ONE)) {
            blobs.delete(target.substring(ONE.length()));
        } else {
            throw new IllegalArgumentException("Not a media removal: " + target);
        }
    }

    private void enqueue(List<String> prefixes, List<String> keys) {
        prefixes.forEach(prefix -> enqueue(ALL + prefix));
        keys.forEach(key -> enqueue(ONE + key));
    }

    private void enqueue(String target) {
        jobs.enqueueOnce(Jobs.REMOVE_MEDIA, "remove-" + target, target);
    }
}
