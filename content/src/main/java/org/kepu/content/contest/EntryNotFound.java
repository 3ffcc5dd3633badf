package org.kepu.content.contest;

import org.kepu.content.NotFound;

/** No such entry, or not one the caller may see: guessing ids reveals nothing. */
public class EntryNotFound extends NotFound {

    public EntryNotFound(long id) {
        super("No entry " + id);
    }
}
