package org.kepu.content.video;

import org.kepu.content.ContentEvent;
import org.kepu.content.ContentKey;

/** A correction was returned; the public keeps the published metadata. */
record VideoCorrectionRejected(long videoId, String actor, String detail) implements ContentEvent {

    @Override
    public ContentKey key() {
        return ContentKey.video(videoId);
    }

    @Override
    public String action() {
        return "video.correction-rejected";
    }
}
