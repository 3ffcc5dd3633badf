package org.kepu.content.video;

import org.kepu.content.ContentEvent;
import org.kepu.content.ContentKey;

/** New metadata for a published video was saved aside. */
record VideoCorrectionSaved(long videoId, String actor, String detail) implements ContentEvent {

    @Override
    public ContentKey key() {
        return ContentKey.video(videoId);
    }

    @Override
    public String action() {
        return "video.correction-saved";
    }
}
