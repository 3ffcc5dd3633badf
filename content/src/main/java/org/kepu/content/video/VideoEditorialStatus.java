package org.kepu.content.video;

/**
 * Where a video is in the editorial workflow, beside its transcoding {@link VideoStatus}: 草稿 →
 * 待审核 → (已排期 →) 已发布 → 已下线, like an article. A contest entry's video is never reviewed as
 * a video: its entry decides.
 */
public enum VideoEditorialStatus {
    DRAFT,
    IN_REVIEW,
    SCHEDULED,
    PUBLISHED,
    OFFLINE,
    CONTEST_ENTRY
}
