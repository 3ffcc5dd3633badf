package org.kepu.portal.web;

/** A request whose content is wrong in a way the caller can fix; the message is Chinese text for them. */
public class InvalidRequest extends RuntimeException {

    public InvalidRequest(String message) {
        super(message);
    }
}
