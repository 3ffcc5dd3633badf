package org.kepu.content.video;

import org.kepu.content.ContentEvent;
import org.kepu.content.ContentKey;

/** A new file for the video is being transcoded; the public keeps the current renditions until it is ready. */
record VideoFileReplaced(long videoId, String actor, String detail) implements ContentEvent {

    @Override
    public ContentKey key() {
        return ContentKey.video(videoId);
    }

    @Override
    public String action() {
        return "video.file-replaced";
    }
}
