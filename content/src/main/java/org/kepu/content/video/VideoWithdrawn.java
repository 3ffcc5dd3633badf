package org.kepu.content.video;

import org.kepu.content.ContentEvent;
import org.kepu.content.ContentKey;

/** The video was taken off the site. */
record VideoWithdrawn(long videoId, String actor, String detail) implements ContentEvent {

    @Override
    public ContentKey key() {
        return ContentKey.video(videoId);
    }

    @Override
    public String action() {
        return "video.offline";
    }

    @Override
    public boolean changesPublicView() {
        return true;
    }
}
