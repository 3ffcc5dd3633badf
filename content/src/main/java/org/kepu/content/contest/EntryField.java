package org.kepu.content.contest;

/** Entry fields a contest may make required; title, summary, group, category and video always are. */
public enum EntryField {
    UNIT("单位或学校"),
    TOWN("所在乡镇"),
    TEAM("团队成员"),
    COVER("封面图片");

    private final String label;

    EntryField(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
