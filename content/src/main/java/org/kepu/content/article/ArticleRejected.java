package org.kepu.content.article;

import org.kepu.content.ContentEvent;
import org.kepu.content.ContentKey;

/** A reviewer returned the draft; the detail is the reason. */
record ArticleRejected(long articleId, String actor, String detail) implements ContentEvent {

    @Override
    public ContentKey key() {
        return ContentKey.article(articleId);
    }

    @Override
    public String action() {
        return "article.rejected";
    }
}
