package org.kepu.content.article;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** One saved state of an article's text; every save makes a new one, none is ever changed. */
@Table("article_revision")
public record ArticleRevision(
        @Id Long id,
        long articleId,
        int number,
        String title,
        String summary,
        String bodyMarkdown,
        String bodyHtml,
        String editor,
        String note,
        Instant createdAt) {}
