package org.kepu.content.video;

import org.kepu.content.ContentEvent;
import org.kepu.content.ContentKey;

/**
 * The worker switched the video to new renditions (its first ones, or those of a replaced file).
 *
 * @param changesPublicView whether the video is public, so the public sees new media
 */
record VideoTranscoded(long videoId, String detail, boolean changesPublicView) implements ContentEvent {

    @Override
    public ContentKey key() {
        return ContentKey.video(videoId);
    }

    @Override
    public String actor() {
        return "system";
    }

    @Override
    public String action() {
        return "video.transcoded";
    }
}
