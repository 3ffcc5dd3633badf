package org.kepu.content.article;

public class ArticleNotFound extends RuntimeException {

    public ArticleNotFound(long id) {
        super("No published article " + id);
    }
}
