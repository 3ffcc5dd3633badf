package org.kepu.content;

/** The kinds of public item; the code is what the API and the search index say. */
public enum ContentType {
    ARTICLE("article"),
    VIDEO("video"),
    ENTRY("entry");

    private final String code;

    ContentType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
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
