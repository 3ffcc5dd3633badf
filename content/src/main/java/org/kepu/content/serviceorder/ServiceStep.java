package org.kepu.content.serviceorder;

import org.springframework.context.MessageSourceResolvable;

/** A step on an order's timeline; its name is {@code serviceorder.step.<NAME>} in the domain bundle. */
public enum ServiceStep implements MessageSourceResolvable {
    ORDERED,
    DISPATCHED,
    CLAIMED,
    PASSED_ON,
    ACCEPTED,
    DECLINED,
    COMPLETED,
    RATED,
    CANCELLED,
    MERGED,
    REMINDED,
    PHOTOS;

    @Override
    public String[] getCodes() {
        return new String[] {"serviceorder.step." + name()};
    }
}
