package org.kepu.search;

/** The search index could not be read or written, for example because its directory is not accessible. */
public class SearchIndexUnavailable extends RuntimeException {

    public SearchIndexUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
