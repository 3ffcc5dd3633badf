package org.kepu.content.contest;

/** Where a contest stands on a given day, decided from its dates alone. */
public enum ContestPhase {
    UPCOMING("未开始"),
    COLLECTING("征集"),
    SCREENING("初审"),
    JUDGING("评审"),
    PUBLICITY("公示"),
    RESULTS("结果");

    private final String label;

    ContestPhase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
