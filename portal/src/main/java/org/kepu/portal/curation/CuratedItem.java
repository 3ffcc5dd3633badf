package org.kepu.portal.curation;

/** A curated item as pages show it; {@code media} is the HLS playlist of a video, else null. */
public record CuratedItem(
        long itemId,
        String type,
        String title,
        String summary,
        String url,
        String poster,
        String media,
        boolean pinned,
        boolean featured) {}
