package org.kepu.content;

/**
 * Names one public item across types, e.g. {@code article:12}. It is the id of the item's search
 * document and the data of its index job.
 */
public record ContentKey(ContentType type, long id) {

    public static ContentKey article(long id) {
        return new ContentKey(ContentType.ARTICLE, id);
    }

    public static ContentKey video(long id) {
        return new ContentKey(ContentType.VIDEO, id);
    }

    public static ContentKey entry(long id) {
        return new ContentKey(ContentType.ENTRY, id);
    }

    public static ContentKey parse(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("Not a content key: " + text);
        }
        return new ContentKey(ContentType.ofCode(text.substring(0, colon)), Long.parseLong(text.substring(colon + 1)));
    }

    @Override
    public String toString() {
        return type.code() + ":" + id;
    }
}
