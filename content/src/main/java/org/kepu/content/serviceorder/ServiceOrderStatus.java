package org.kepu.content.serviceorder;

/**
 * Where an order stands: 群众点单 (ordered), 社区派单 to a department (dispatched) or straight to a
 * team (offered), 部门领单 (claimed) and passed on to a team (offered), 队伍接单 (accepted), done.
 */
public enum ServiceOrderStatus {
    ORDERED("待派单"),
    DISPATCHED("已派给部门"),
    CLAIMED("部门已领单"),
    OFFERED("待队伍接单"),
    ACCEPTED("队伍已接单"),
    COMPLETED("已完成"),
    CANCELLED("已取消"),
    MERGED("已合并");

    private final String label;

    ServiceOrderStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Completed, cancelled and merged orders take no more steps (a completed one may still be rated). */
    public boolean isClosed() {
        return this == COMPLETED || this == CANCELLED || this == MERGED;
    }
}
