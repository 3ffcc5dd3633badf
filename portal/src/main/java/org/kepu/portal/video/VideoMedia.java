package org.kepu.portal.video;

import org.kepu.content.video.Video;

/** The URLs under which the portal serves a video's media. */
record VideoMedia(String hls, String mp4, String poster) {

    static String base(long videoId) {
        return "/media/videos/" + videoId + "/";
    }

    static VideoMedia of(Video video) {
        String base = base(video.getId());
        return new VideoMedia(base + Video.MASTER_PLAYLIST, base + Video.FALLBACK_MP4, base + Video.POSTER);
    }
}
