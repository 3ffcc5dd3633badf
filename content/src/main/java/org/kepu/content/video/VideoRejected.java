package org.kepu.content.video;

import org.kepu.content.ContentEvent;
import org.kepu.content.ContentKey;

/** A reviewer returned a video to its author with a reason. */
record VideoRejected(long videoId, String actor, String detail) implements ContentEvent {

    @Override
    public ContentKey key() {
        return ContentKey.video(videoId);
    }

    @Override
    public String action() {
        return "video.rejected";
    }
}
