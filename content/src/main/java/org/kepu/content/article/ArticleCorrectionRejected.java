package org.kepu.content.article;

import org.kepu.content.ContentEvent;
import org.kepu.content.ContentKey;

/** A reviewer returned a correction; the published text stays. */
record ArticleCorrectionRejected(long articleId, String actor, String detail) implements ContentEvent {

    @Override
    public ContentKey key() {
        return ContentKey.article(articleId);
    }

    @Override
    public String action() {
        return "article.correction-rejected";
    }
}
