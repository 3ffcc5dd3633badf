package org.kepu.content.article;

import org.kepu.content.ContentEvent;
import org.kepu.content.ContentKey;

/** Approved at every level, the article waits for its publication time. */
record ArticleScheduled(long articleId, String actor, String detail) implements ContentEvent {

    @Override
    public ContentKey key() {
        return ContentKey.article(articleId);
    }

    @Override
    public String action() {
        return "article.scheduled";
    }
}
