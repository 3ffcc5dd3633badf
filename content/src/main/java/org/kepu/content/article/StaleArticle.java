package org.kepu.content.article;

/** Someone saved the article after the version this edit started from: nothing is overwritten. */
public class StaleArticle extends RuntimeException {

    public StaleArticle(long id) {
        super("Article " + id + " was changed by someone else");
    }
}
