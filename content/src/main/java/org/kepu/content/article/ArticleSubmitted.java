package org.kepu.content.article;

import org.kepu.content.ContentEvent;
import org.kepu.content.ContentKey;

/** A draft was sent to review. */
record ArticleSubmitted(long articleId, String actor, String detail) implements ContentEvent {

    @Override
    public ContentKey key() {
        return ContentKey.article(articleId);
    }

    @Override
    public String action() {
        return "article.submitted";
    }
}
