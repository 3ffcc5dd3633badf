package org.kepu.content.catalog;

import org.kepu.content.video.Video;

/**
 * The one place that knows where an item lives on the site; nothing else builds these paths. Lists
 * take them from {@link PublicItem#url()}; an item's own page (for its canonical and share link)
 * asks here.
 */
public final class ItemUrls {

    private ItemUrls() {}

    public static String article(long id) {
        return "/articles/" + id;
    }

    public static String video(long id) {
        return "/videos/" + id;
    }

    public static String entry(String contestSlug, long id) {
        return "/contests/" + contestSlug + "/entries/" + id;
    }

    public static String poster(long videoId) {
        return "/media/videos/" + videoId + "/" + Video.POSTER;
    }

    public static String mp4(long videoId) {
        return "/media/videos/" + videoId + "/" + Video.FALLBACK_MP4;
    }
}
