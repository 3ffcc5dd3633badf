package org.kepu.content.article;

import java.time.Instant;
import org.kepu.content.editorial.ReviewDecision;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A reviewer's decision on one revision at one level of review. */
@Table("article_review")
public record ArticleReview(
        @Id Long id,
        long articleId,
        int revision,
        int level,
        String reviewer,
        ReviewDecision decision,
        String reason,
        Instant createdAt) {}
