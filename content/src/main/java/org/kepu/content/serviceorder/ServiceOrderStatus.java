package org.kepu.content.serviceorder;

import org.springframework.context.MessageSourceResolvable;

/**
 * Where an order stands: 群众点单 (ordered), 社区派单 to a department (dispatched) or straight to a
 * team (offered), 部门领单 (claimed) and passed on to a team (offered), 队伍接单 (accepted), done. Its
 * name is {@code serviceorder.status.<NAME>} in the domain bundle.
 */
public enum ServiceOrderStatus implements MessageSourceResolvable {
    ORDERED,
    DISPATCHED,
    CLAIMED,
    OFFERED,
    ACCEPTED,
    COMPLETED,
    CANCELLED,
    MERGED;

    @Override
    public String[] getCodes() {
        return new String[] {"serviceorder.status." + name()};
    }

    /** Completed, cancelled and merged orders take no more steps (a completed one may still be rated). */
    public boolean isClosed() {
        return this == COMPLETED || this == CANCELLED || this == MERGED;
    }
}
