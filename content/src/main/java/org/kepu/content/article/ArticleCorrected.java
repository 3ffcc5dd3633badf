package org.kepu.content.article;

import org.kepu.content.ContentEvent;
import org.kepu.content.ContentKey;

/** An approved correction replaced the published text. */
record ArticleCorrected(long articleId, String actor, String detail) implements ContentEvent {

    @Override
    public ContentKey key() {
        return ContentKey.article(articleId);
    }

    @Override
    public String action() {
        return "article.corrected";
    }

    @Override
    public boolean changesPublicView() {
        return true;
    }
}
