package org.kepu.content.article;

/** 草稿 → 待审核 → 已发布 → 已下线. */
public enum ArticleStatus {
    DRAFT,
    IN_REVIEW,
    PUBLISHED,
    OFFLINE
}
