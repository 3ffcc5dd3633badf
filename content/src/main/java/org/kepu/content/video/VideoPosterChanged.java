package org.kepu.content.video;

import org.kepu.content.ContentEvent;
import org.kepu.content.ContentKey;

/** An editor gave the video another poster; it shows at once, like the file itself. */
record VideoPosterChanged(long videoId, String actor, String detail) implements ContentEvent {

    @Override
    public ContentKey key() {
        return ContentKey.video(videoId);
    }

    @Override
    public String action() {
        return "video.poster-changed";
    }

    @Override
    public boolean changesPublicView() {
        return true;
    }
}
