package org.kepu.content.article;

import org.kepu.content.RuleBroken;

/** Someone saved the article after the version this edit started from: nothing is overwritten. */
public class StaleArticle extends RuleBroken {

    public StaleArticle(long id) {
        super("文章已被别人修改，请刷新后再保存。");
    }
}
