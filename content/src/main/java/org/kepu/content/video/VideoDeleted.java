package org.kepu.content.video;

import java.util.List;
import org.kepu.content.ContentEvent;
import org.kepu.content.ContentKey;

/**
 * The video and its metadata are gone; its media are removed from the store once that is committed.
 *
 * @param blobPrefixes folders of the store to empty
 * @param blobKeys single objects to delete, such as the uploaded source
 */
record VideoDeleted(long videoId, String actor, String detail, List<String> blobPrefixes, List<String> blobKeys)
        implements ContentEvent {

    public VideoDeleted {
        blobPrefixes = List.copyOf(blobPrefixes);
        blobKeys = List.copyOf(blobKeys);
    }

    @Override
    public ContentKey key() {
        return ContentKey.video(videoId);
    }

    @Override
    public String action() {
        return "video.deleted";
    }

    @Override
    public boolean changesPublicView() {
        return true;
    }
}
