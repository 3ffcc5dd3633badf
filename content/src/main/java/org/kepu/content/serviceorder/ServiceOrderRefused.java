package org.kepu.content.serviceorder;

import org.kepu.content.RuleBroken;

/**
 * A step the order's state or the person's scope does not allow, or one sent with a missing or wrong
 * value ({@link #field()} names it); the message says why, in Chinese.
 */
public class ServiceOrderRefused extends RuleBroken {

    public ServiceOrderRefused(String reason) {
        super(null, reason);
    }

    /** A refusal of what was sent in {@code field} (a missing reason, an attendance out of range). */
    public ServiceOrderRefused(String field, String reason) {
        super(field, reason);
    }
}
