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

    /** A key, or the id of a search document of one ({@link #documentId}): the language part is left out. */
    public static ContentKey parse(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("Not a content key: " + text);
        }
        int at = text.indexOf('@', colon);
        String id = at < 0 ? text.substring(colon + 1) : text.substring(colon + 1, at);
        return new ContentKey(ContentType.ofCode(text.substring(0, colon)), Long.parseLong(id));
    }

    /**
     * The id of the item's search document in another language that shares its page, e.g. {@code video:12@mn}
     * for a video's Mongolian title and summary.
     */
    public String documentId(String lang) {
        return this + "@" + lang;
    }

    @Override
    public String toString() {
        return type.code() + ":" + id;
    }
}
