package org.kepu.search;

/** A rebuild was asked for while another one is still running. */
public class RebuildInProgress extends RuntimeException {

    public RebuildInProgress() {
        super("a rebuild of the search index is already running");
    }
}
