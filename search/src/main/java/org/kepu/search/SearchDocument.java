package org.kepu.search;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A plain document as the search engines see it; callers map their own domain objects to it.
 *
 * @param id unique across types, for example {@code "article:12"}; indexing the same id again replaces the document
 * @param type {@code "article"}, {@code "video"} or {@code "entry"}
 * @param title shown in results and weighted highest; also searchable by pinyin and initials
 * @param summary a short teaser, weighted above the body; the snippet falls back to it
 * @param body plain text (callers strip HTML before indexing)
 * @param url where the portal shows the document
 * @param column the column (专栏) key, or {@code null}
 * @param audiences audience keys (青少年, 老年人, ...), never {@code null}
 * @param town the town the document is about, or {@code null}
 * @param publishedAt when it was published, or {@code null}
 * @param viewCount how often it was viewed; sorts {@link SearchSort#MOST_VIEWED} and ranks suggestions
 * @param version increases with every change of the source, e.g. its {@code updatedAt} in epoch millis; an index
 *     keeps the document with the highest version, so a late, older update never overwrites a newer one. Equal
 *     versions overwrite (a repeated job is harmless). {@code 0} is the lowest version.
 * @param lang the language of the text: {@value #CHINESE} (the default) or {@value #MONGOLIAN} (traditional script)
 * @param cues a video's caption cues in time order (searchable at a low weight, shown as {@link Moment}s), never
 *     {@code null}
 */
public record SearchDocument(
        String id,
        String type,
        String title,
        String summary,
        String body,
        String url,
        String column,
        List<String> audiences,
        String town,
        Instant publishedAt,
        long viewCount,
        long version,
        String lang,
        List<Cue> cues) {

    /** Simplified Chinese, the language of documents that name none. */
    public static final String CHINESE = "zh";

    /** Mongolian in traditional script. */
    public static final String MONGOLIAN = "mn";

    /** The languages documents and queries may name. */
    public static final Set<String> LANGUAGES = Set.of(CHINESE, MONGOLIAN);

    public SearchDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
        if (viewCount < 0 || version < 0) {
            throw new IllegalArgumentException("viewCount and version must not be negative");
        }
        title = Objects.requireNonNullElse(title, "");
        summary = Objects.requireNonNullElse(summary, "");
        body = Objects.requireNonNullElse(body, "");
        audiences = audiences == null ? List.of() : List.copyOf(audiences);
        lang = language(lang);
        cues = cues == null ? List.of() : List.copyOf(cues);
    }

    /**
     * One caption cue: where it starts, what it says, and in which language.
     *
     * @param seconds the start, in whole seconds from the beginning of the video
     * @param text the plain text of the cue (line breaks become spaces)
     * @param lang the language of the track, {@code null} for the document's; a document with cues in another
     *     language is found by searches in that language too
     */
    public record Cue(int seconds, String text, String lang) {

        public Cue {
            if (seconds < 0) {
                throw new IllegalArgumentException("seconds must not be negative");
            }
            text = Objects.requireNonNullElse(text, "").replace('\n', ' ').strip();
            lang = lang == null ? null : language(lang);
        }

        /** A cue in the document's language. */
        public Cue(int seconds, String text) {
            this(seconds, text, null);
        }
    }

    /** A document without cues. */
    public SearchDocument(
            String id,
            String type,
            String title,
            String summary,
            String body,
            String url,
            String column,
            List<String> audiences,
            String town,
            Instant publishedAt,
            long viewCount,
            long version,
            String lang) {
        this(id, type, title, summary, body, url, column, audiences, town, publishedAt, viewCount, version, lang, null);
    }

    /** A Chinese document, as before documents had a language. */
    public SearchDocument(
            String id,
            String type,
            String title,
            String summary,
            String body,
            String url,
            String column,
            List<String> audiences,
            String town,
            Instant publishedAt,
            long viewCount,
            long version) {
        this(id, type, title, summary, body, url, column, audiences, town, publishedAt, viewCount, version, CHINESE);
    }

    /** A document with no views and version {@code 0}. */
    public SearchDocument(
            String id,
            String type,
            String title,
            String summary,
            String body,
            String url,
            String column,
            List<String> audiences,
            String town,
            Instant publishedAt) {
        this(id, type, title, summary, body, url, column, audiences, town, publishedAt, 0, 0, CHINESE);
    }

    /** This document with another version. */
    public SearchDocument withVersion(long newVersion) {
        return new SearchDocument(
                id,
                type,
                title,
                summary,
                body,
                url,
                column,
                audiences,
                town,
                publishedAt,
                viewCount,
                newVersion,
                lang,
                cues);
    }

    /** This document in another language. */
    public SearchDocument inLanguage(String newLang) {
        return new SearchDocument(
                id,
                type,
                title,
                summary,
                body,
                url,
                column,
                audiences,
                town,
                publishedAt,
                viewCount,
                version,
                newLang,
                cues);
    }

    /** This document with these caption cues. */
    public SearchDocument withCues(List<Cue> newCues) {
        return new SearchDocument(
                id,
                type,
                title,
                summary,
                body,
                url,
                column,
                audiences,
                town,
                publishedAt,
                viewCount,
                version,
                lang,
                newCues);
    }

    /** {@code null} or blank is {@value #CHINESE}; anything else must be one of {@link #LANGUAGES}. */
    static String language(String lang) {
        if (lang == null || lang.isBlank()) {
            return CHINESE;
        }
        String value = lang.strip();
        if (!LANGUAGES.contains(value)) {
            throw new IllegalArgumentException("unknown language " + lang + ", expected one of " + LANGUAGES);
        }
        return value;
    }
}
