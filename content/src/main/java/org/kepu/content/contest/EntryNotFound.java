package org.kepu.content.contest;

/** No such entry, or not one the caller may see: guessing ids reveals nothing. */
public class EntryNotFound extends RuntimeException {

    public EntryNotFound(long id) {
        super("No entry " + id);
    }
}
