package org.kepu.content.video;

import java.time.Instant;
import org.kepu.content.editorial.ReviewDecision;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A reviewer's decision on one metadata revision of a video at one level of review. */
@Table("video_review")
public record VideoReview(
        @Id Long id,
        long videoId,
        int revision,
        int level,
        String reviewer,
        ReviewDecision decision,
        String reason,
        Instant createdAt) {}
