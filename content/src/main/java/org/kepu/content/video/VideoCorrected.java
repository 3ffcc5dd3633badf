package org.kepu.content.video;

import org.kepu.content.ContentEvent;
import org.kepu.content.ContentKey;

/** An approved correction replaced the published metadata. */
record VideoCorrected(long videoId, String actor, String detail) implements ContentEvent {

    @Override
    public ContentKey key() {
        return ContentKey.video(videoId);
    }

    @Override
    public String action() {
        return "video.corrected";
    }

    @Override
    public boolean changesPublicView() {
        return true;
    }
}
