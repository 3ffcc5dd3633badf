package org.kepu.portal.upload;

/** A request without {@code Tus-Resumable: 1.0.0} (412). */
class TusVersionUnsupported extends RuntimeException {

    TusVersionUnsupported() {
        super("Only tus 1.0.0 is supported");
    }
}
