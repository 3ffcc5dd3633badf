package org.kepu.content.article;

import java.time.Instant;
import java.util.List;

/** What an editor or an import supplies for a new article; {@code bodyHtml} is sanitized by the caller. */
public record ArticleDraft(
        String title,
        String summary,
        String bodyHtml,
        String source,
        String author,
        List<String> tags,
        Long columnId,
        String townCode,
        List<String> audienceCodes,
        Instant publishedAt) {

    public ArticleDraft {
        tags = tags == null ? List.of() : List.copyOf(tags);
        audienceCodes = audienceCodes == null ? List.of() : List.copyOf(audienceCodes);
    }
}
