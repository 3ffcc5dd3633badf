package org.kepu.content.video;

import org.kepu.content.ContentEvent;
import org.kepu.content.ContentKey;

/** The video became public (if transcoded). */
record VideoPublished(long videoId, String actor, String detail) implements ContentEvent {

    @Override
    public ContentKey key() {
        return ContentKey.video(videoId);
    }

    @Override
    public String action() {
        return "video.published";
    }

    @Override
    public boolean changesPublicView() {
        return true;
    }
}
