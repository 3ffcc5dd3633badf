package org.kepu.portal.upload;

/** A request that breaks the tus protocol (400). */
class TusProtocolViolation extends RuntimeException {

    TusProtocolViolation(String message) {
        super(message);
    }
}
