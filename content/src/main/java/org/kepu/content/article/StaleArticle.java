package org.kepu.content.article;

import org.kepu.content.RuleBroken;

/** Someone saved the article after the version this edit started from: nothing is overwritten. */
public class StaleArticle extends RuleBroken {

    public StaleArticle(long id) {
        super(null, "editorial.article.stale", new Object[0]);
    }
}
