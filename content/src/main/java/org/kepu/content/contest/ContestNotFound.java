package org.kepu.content.contest;

/** No such contest, or not one the caller may see. */
public class ContestNotFound extends RuntimeException {

    public ContestNotFound(Object key) {
        super("No contest " + key);
    }
}
