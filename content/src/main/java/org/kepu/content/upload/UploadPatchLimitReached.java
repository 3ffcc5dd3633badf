package org.kepu.content.upload;

/** The account already sends as many uploads at once as the settings allow. */
public class UploadPatchLimitReached extends RuntimeException {

    private final int limit;

    public UploadPatchLimitReached(long ownerId, int limit) {
        super("Account " + ownerId + " already sends " + limit + " uploads at once");
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }
}
