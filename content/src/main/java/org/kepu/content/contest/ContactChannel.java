package org.kepu.content.contest;

/**
 * Delivers a short message to a phone number or an e-mail address: the seam where an SMS gateway
 * or a mail server plugs in. None exists on these machines; {@link NoContactChannel} is used until a
 * deployment defines a bean of its own.
 */
public interface ContactChannel {

    /** Whether messages can be delivered at all; without a channel contacts stay unverified. */
    boolean available();

    /** Sends {@code text} to {@code contact} (a normalised phone number or e-mail address). */
    void deliver(String contact, String text);
}
