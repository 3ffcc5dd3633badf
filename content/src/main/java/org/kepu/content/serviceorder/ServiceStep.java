package org.kepu.content.serviceorder;

/** A step on an order's timeline. */
public enum ServiceStep {
    ORDERED("群众点单"),
    DISPATCHED("社区派单"),
    CLAIMED("部门领单"),
    PASSED_ON("转派队伍"),
    ACCEPTED("队伍接单"),
    DECLINED("队伍退回"),
    COMPLETED("服务完成"),
    RATED("群众评价"),
    CANCELLED("取消"),
    MERGED("合并"),
    REMINDED("超期提醒"),
    PHOTOS("补充照片");

    private final String label;

    ServiceStep(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
