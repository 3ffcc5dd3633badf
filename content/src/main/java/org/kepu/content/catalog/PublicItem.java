package org.kepu.content.catalog;

import java.time.Instant;
import java.util.List;
import org.kepu.content.ContentKey;
import org.kepu.content.ContentType;

/**
 * One item the public may see, as every list, feed, search document and share link shows it. Only
 * {@link Catalog} makes one, so that an item that is not public has none.
 *
 * @param url the item's page, a path relative to the site ({@code /articles/12})
 * @param posterUrl the poster of a video or entry, a path relative to the site; null for articles
 * @param coverKey the cover image of an article or entry in the media library, if it has one
 * @param mediaUrl the MP4 of a video or entry, a path relative to the site; null for articles
 * @param columnId the column of an article or video; null for entries, which belong to a contest
 * @param popularity views of an article or video, votes of an entry
 * @param version grows with every change of the item (its last change in epoch milliseconds)
 */
public record PublicItem(
        ContentType type,
        long id,
        String title,
        String summary,
        String url,
        String posterUrl,
        String coverKey,
        String mediaUrl,
        Integer durationSeconds,
        Long columnId,
        String townCode,
        List<String> audienceCodes,
        Instant publishedAt,
        long popularity,
        long version) {

    public ContentKey key() {
        return new ContentKey(type, id);
    }

    /** {@code article}, {@code video} or {@code entry}: what templates and the API call the type. */
    public String kind() {
        return type.code();
    }
}
