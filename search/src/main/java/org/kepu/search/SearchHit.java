package org.kepu.search;

import java.time.Instant;
import java.util.List;

/**
 * One result.
 *
 * @param id the document id
 * @param type the document type
 * @param title the plain title (escape it like any text)
 * @param url where the portal shows the document
 * @param highlight HTML-safe snippet: matched terms are wrapped in {@code <em>}, everything else is
 *     HTML-escaped, so it may be rendered unescaped
 * @param column the column key, or {@code null}
 * @param audiences audience keys
 * @param town the town, or {@code null}
 * @param publishedAt when it was published, or {@code null}
 * @param viewCount views when it was last indexed
 * @param lang the document's language, {@value SearchDocument#CHINESE} or {@value SearchDocument#MONGOLIAN}
 * @param moments the caption cues that matched, best first, at most {@link Moment#MAX_PER_HIT}; empty when none did
 */
public record SearchHit(
        String id,
        String type,
        String title,
        String url,
        String highlight,
        String column,
        List<String> audiences,
        String town,
        Instant publishedAt,
        long viewCount,
        String lang,
        List<Moment> moments) {

    public SearchHit {
        moments = moments == null ? List.of() : List.copyOf(moments);
        audiences = audiences == null ? List.of() : List.copyOf(audiences);
        lang = lang == null || lang.isBlank() ? SearchDocument.CHINESE : lang;
    }

    /** A hit without moments. */
    public SearchHit(
            String id,
            String type,
            String title,
            String url,
            String highlight,
            String column,
            List<String> audiences,
            String town,
            Instant publishedAt,
            long viewCount,
            String lang) {
        this(id, type, title, url, highlight, column, audiences, town, publishedAt, viewCount, lang, List.of());
    }

    /** A Chinese hit, as before hits had a language. */
    public SearchHit(
            String id,
            String type,
            String title,
            String url,
            String highlight,
            String column,
            List<String> audiences,
            String town,
            Instant publishedAt,
            long viewCount) {
        this(
                id,
                type,
                title,
                url,
                highlight,
                column,
                audiences,
                town,
                publishedAt,
                viewCount,
                SearchDocument.CHINESE,
                List.of());
    }

    /** A hit with only the fields of the first API version. */
    public SearchHit(String id, String type, String title, String url, String highlight) {
        this(id, type, title, url, highlight, null, List.of(), null, null, 0, SearchDocument.CHINESE, List.of());
    }
}
