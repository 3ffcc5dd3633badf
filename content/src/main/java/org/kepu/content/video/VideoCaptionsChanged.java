package org.kepu.content.video;

import org.kepu.content.ContentEvent;
import org.kepu.content.ContentKey;

/** A caption track of the video was added, replaced or removed; search reads the cues, so the video is reindexed. */
record VideoCaptionsChanged(long videoId, String actor, String detail) implements ContentEvent {

    @Override
    public ContentKey key() {
        return ContentKey.video(videoId);
    }

    @Override
    public String action() {
        return "video.captions-changed";
    }

    @Override
    public boolean changesPublicView() {
        return true;
    }
}
