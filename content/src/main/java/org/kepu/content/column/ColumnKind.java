package org.kepu.content.column;

/** 专栏 runs on; 专题 is a campaign with dates (全国科普日, 科技活动周). */
public enum ColumnKind {
    SERIES("专栏"),
    CAMPAIGN("专题");

    private final String label;

    ColumnKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static ColumnKind ofLabel(String label) {
        for (ColumnKind kind : values()) {
            if (kind.label.equals(label)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown column kind: " + label);
    }
}
