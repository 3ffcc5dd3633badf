package org.kepu.content.catalog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 * @param lang the language the item is written in: {@code zh} or {@code mn}
 * @param versions the item's public versions in the other language: an article's translations (pages of their
 *     own), a video's Mongolian title and summary (on the same page); empty for entries
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
        long version,
        String lang,
        List<Version> versions) {

    /** A public version of the item in another language: a page of its own. */
    public record Version(String lang, long id, String title, String summary, String url) {}

    public PublicItem {
        versions = List.copyOf(versions);
    }

    /** Whether the item is written in this language. */
    public boolean isIn(String language) {
        return lang.equals(language);
    }

    /** The public version in this language: the item itself, one of its versions, or empty. */
    public Optional<Version> version(String language) {
        if (isIn(language)) {
            return Optional.of(new Version(lang, id, title, summary, url));
        }
        return versions.stream().filter(v -> v.lang().equals(language)).findFirst();
    }

    /**
     * The item as a list in {@code language} shows it: its version in that language when there is
     * one (with the others as its versions), else the item itself, marked by its own {@link #lang}.
     */
    public PublicItem in(String language) {
        if (isIn(language)) {
            return this;
        }
        return versions.stream()
                .filter(v -> v.lang().equals(language))
                .findFirst()
                .map(v -> {
                    List<Version> others = new ArrayList<>();
                    others.add(new Version(lang, id, title, summary, url));
                    versions.stream().filter(o -> o != v).forEach(others::add);
                    return new PublicItem(
                            type,
                            v.id(),
                            v.title(),
                            v.summary(),
                            v.url(),
                            posterUrl,
                            coverKey,
                            mediaUrl,
                            durationSeconds,
                            columnId,
                            townCode,
                            audienceCodes,
                            publishedAt,
                            popularity,
                            version,
                            v.lang(),
                            others);
                })
                .orElse(this);
    }

    public ContentKey key() {
        return new ContentKey(type, id);
    }

    /** {@code article}, {@code video} or {@code entry}: what templates and the API call the type. */
    public String kind() {
        return type.code();
    }
}
