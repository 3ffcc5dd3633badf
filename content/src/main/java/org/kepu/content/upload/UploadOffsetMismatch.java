package org.kepu.content.upload;

/** The client sent bytes for another offset than the one the server holds (tus: 409). */
public class UploadOffsetMismatch extends RuntimeException {

    private final long expected;

    public UploadOffsetMismatch(long expected) {
        super("Upload offset must be " + expected);
        this.expected = expected;
    }

    public long expected() {
        return expected;
    }
}
