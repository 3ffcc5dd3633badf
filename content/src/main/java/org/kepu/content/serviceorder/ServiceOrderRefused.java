package org.kepu.content.serviceorder;

import org.kepu.content.RuleBroken;

/** A step the order's state or the person's scope does not allow; the message says why, in Chinese. */
public class ServiceOrderRefused extends RuleBroken {

    public ServiceOrderRefused(String reason) {
        super(null, reason);
    }
}
