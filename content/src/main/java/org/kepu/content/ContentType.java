package org.kepu.content;

/** The kinds of public item; the code is what the API and the search index say. */
public enum ContentType {
    ARTICLE("article", "文章"),
    VIDEO("video", "视频"),
    ENTRY("entry", "参赛作品");

    private final String code;
    private final String label;

    ContentType(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static ContentType ofCode(String code) {
        for (ContentType type : values()) {
            if (type.code.equals(code)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Unknown content type: " + code);
    }
}
