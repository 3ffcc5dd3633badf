package org.kepu.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The position after the last hit of a page: its sort value and id (the tie-breaker), encoded as an opaque URL-safe
 * string. The same format serves both engines.
 *
 * @param sort the order the cursor belongs to; a cursor of another order is ignored
 * @param value the score (as a float) or the {@code publishedAt}/{@code viewCount} long of the last hit
 * @param id the id of the last hit
 */
record Cursor(SearchSort sort, String value, String id) {

    String encode() {
        String plain = sort.ordinal() + "|" + value + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor in {@code text} for this order, or empty when it is missing, malformed or of another order. */
    static Optional<Cursor> decode(String text, SearchSort sort) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            String plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            String[] parts = plain.split("\\|", 3);
            if (parts.length != 3 || Integer.parseInt(parts[0]) != sort.ordinal()) {
                return Optional.empty();
            }
            Cursor cursor = new Cursor(sort, parts[1], parts[2]);
            cursor.number(); // validates the value
            return Optional.of(cursor);
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a tampered cursor starts from the first page rather than failing
        }
    }

    /** The value as a float score or a long. */
    Number number() {
        return sort == SearchSort.RELEVANCE ? (Number) Float.parseFloat(value) : (Number) Long.parseLong(value);
    }
}
