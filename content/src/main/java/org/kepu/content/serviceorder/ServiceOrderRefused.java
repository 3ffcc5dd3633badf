package org.kepu.content.serviceorder;

import org.kepu.content.RuleBroken;

/**
 * A step the order's state or the person's scope does not allow, or one sent with a missing or wrong
 * value ({@link #field()} names it); worded by its code in the domain bundle (see {@link RuleBroken}).
 */
public class ServiceOrderRefused extends RuleBroken {

    public ServiceOrderRefused(String code, Object... arguments) {
        this(null, code, arguments);
    }

    private ServiceOrderRefused(String field, String code, Object[] arguments) {
        super(field, code, arguments);
    }

    /** A refusal of what was sent in {@code field} (a missing reason, an attendance out of range). */
    public static ServiceOrderRefused at(String field, String code, Object... arguments) {
        return new ServiceOrderRefused(field, code, arguments);
    }
}
