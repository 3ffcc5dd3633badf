package org.kepu.content.contest;

import org.kepu.content.NotFound;

/** No such contest, or not one the caller may see. */
public class ContestNotFound extends NotFound {

    public ContestNotFound(Object key) {
        super("No contest " + key);
    }
}
