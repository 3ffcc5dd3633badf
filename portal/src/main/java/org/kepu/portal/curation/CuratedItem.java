package org.kepu.portal.curation;

import org.kepu.content.catalog.PublicItem;

/** A curated item as pages show it; {@code media} is the MP4 of a video or entry, else null. */
public record CuratedItem(
        long itemId,
        String type,
        String title,
        String summary,
        String url,
        String poster,
        String media,
        boolean pinned,
        boolean featured,
        PublicItem item) {

    static CuratedItem of(PublicItem item, long itemId, boolean pinned, boolean featured) {
        return new CuratedItem(
                itemId,
                item.kind(),
                item.title(),
                item.summary(),
                item.url(),
                item.posterUrl(),
                item.mediaUrl(),
                pinned,
                featured,
                item);
    }

    /** As a list in {@code language} shows it: the item's version in that language when there is one. */
    public CuratedItem in(String language) {
        PublicItem shown = item.in(language);
        return shown == item ? this : of(shown, itemId, pinned, featured);
    }

    /** The language the shown version is written in. */
    public String lang() {
        return item.lang();
    }
}
