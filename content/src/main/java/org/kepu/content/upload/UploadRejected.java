package org.kepu.content.upload;

/** An upload breaks a rule (size, quota, type); the reason is Chinese text for the person. */
public class UploadRejected extends RuntimeException {

    private final String reason;

    public UploadRejected(String reason) {
        super(reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
