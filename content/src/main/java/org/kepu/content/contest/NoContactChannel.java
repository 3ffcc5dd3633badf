package org.kepu.content.contest;

/** No SMS gateway or mail server: nothing is sent and contacts are not verified. */
public class NoContactChannel implements ContactChannel {

    @Override
    public boolean available() {
        return false;
    }

    @Override
    public void deliver(String contact, String text) {
        throw new IllegalStateException("No contact channel is configured");
    }
}
