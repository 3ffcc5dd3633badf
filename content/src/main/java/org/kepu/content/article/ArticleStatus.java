package org.kepu.content.article;

/** 草稿 → 待审核 → (已排期 →) 已发布 → 已下线. */
public enum ArticleStatus {
    DRAFT("草稿"),
    IN_REVIEW("待审核"),
    SCHEDULED("已排期"),
    PUBLISHED("已发布"),
    OFFLINE("已下线");

    private final String label;

    ArticleStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
