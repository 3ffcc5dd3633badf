package org.kepu.content.article;

import org.springframework.context.MessageSourceResolvable;

/**
 * 草稿 → 待审核 → (已排期 →) 已发布 → 已下线.
 * Its name is {@code article.status.<NAME>} in the domain bundle.
 */
public enum ArticleStatus implements MessageSourceResolvable {
    DRAFT,
    IN_REVIEW,
    SCHEDULED,
    PUBLISHED,
    OFFLINE;

    /** The bundle key of its name. */
    public String labelCode() {
        return "article.status." + name();
    }

    @Override
    public String[] getCodes() {
        return new String[] {labelCode()};
    }
}
