package org.kepu.content.contest;

/** Award levels, best first; {@code NONE} marks an entry an admin took out of the awards. */
public enum Award {
    FIRST("一等奖"),
    SECOND("二等奖"),
    THIRD("三等奖"),
    EXCELLENT("优秀奖"),
    NONE("未获奖");

    private final String label;

    Award(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
