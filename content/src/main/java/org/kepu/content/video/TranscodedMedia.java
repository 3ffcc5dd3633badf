package org.kepu.content.video;

import java.util.List;

/**
 * What the transcoder produced for a video, stored in the blob store under {@code mediaPrefix}:
 * {@code master.m3u8}, {@code fallback.mp4}, {@code poster.jpg}.
 */
public record TranscodedMedia(
        String mediaPrefix, int width, int height, int durationSeconds, List<VideoRendition> renditions) {

    public TranscodedMedia {
        renditions = List.copyOf(renditions);
    }
}
