package org.kepu.content.article;

import org.kepu.content.NotFound;

public class ArticleNotFound extends NotFound {

    public ArticleNotFound(long id) {
        super("No published article " + id);
    }
}
