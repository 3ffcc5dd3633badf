package org.kepu.content;

/**
 * The parent of every "no such item, or none the caller may see" ({@code ArticleNotFound},
 * {@code VideoNotFound}, ...): the portal answers all of them in one place with 404, so guessing
 * ids reveals nothing. The message is for the log, not for people.
 */
public abstract class NotFound extends RuntimeException {

    protected NotFound(String message) {
        super(message);
    }
}
