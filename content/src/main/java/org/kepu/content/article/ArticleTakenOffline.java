package org.kepu.content.article;

import org.kepu.content.ContentEvent;
import org.kepu.content.ContentKey;

/** The article left the site. */
record ArticleTakenOffline(long articleId, String actor, String detail) implements ContentEvent {

    @Override
    public ContentKey key() {
        return ContentKey.article(articleId);
    }

    @Override
    public String action() {
        return "article.offline";
    }

    @Override
    public boolean changesPublicView() {
        return true;
    }
}
