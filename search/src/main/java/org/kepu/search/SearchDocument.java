package org.kepu.search;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A plain document as the search engines see it; callers map their own domain objects to it.
 *
 * @param id unique across types, for example {@code "article:12"}; indexing the same id again replaces the document
 * @param type {@code "article"}, {@code "video"} or {@code "entry"}
 * @param title shown in results and weighted highest
 * @param summary a short teaser, weighted above the body; the snippet falls back to it
 * @param body plain text (callers strip HTML before indexing)
 * @param url where the portal shows the document
 * @param column the column (专栏) key, or {@code null}
 * @param audiences audience keys (青少年, 老年人, ...), never {@code null}
 * @param town the town the document is about, or {@code null}
 * @param publishedAt when it was published, or {@code null}
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
        Instant publishedAt) {

    public SearchDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
        title = Objects.requireNonNullElse(title, "");
        summary = Objects.requireNonNullElse(summary, "");
        body = Objects.requireNonNullElse(body, "");
        audiences = audiences == null ? List.of() : List.copyOf(audiences);
    }
}
