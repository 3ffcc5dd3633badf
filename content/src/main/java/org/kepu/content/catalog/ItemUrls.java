package org.kepu.content.catalog;

import org.kepu.content.video.Video;

/** The one place that knows where an item lives on the site; nothing else builds these paths. */
final class ItemUrls {

    private ItemUrls() {}

    static String article(long id) {
        return "/articles/" + id;
    }

    static String video(long id) {
        return "/videos/" + id;
    }

    static String entry(String contestSlug, long id) {
        return "/contests/" + contestSlug + "/entries/" + id;
    }

    static String poster(long videoId) {
        return "/media/videos/" + videoId + "/" + Video.POSTER;
    }

    static String mp4(long videoId) {
        return "/media/videos/" + videoId + "/" + Video.FALLBACK_MP4;
    }
}
