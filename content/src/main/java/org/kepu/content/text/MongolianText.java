package org.kepu.content.text;

import java.util.OptionalInt;

/**
 * Mongolian as people paste it. Unicode traditional Mongolian (U+1800–U+18AF, with the variation selectors, the
 * vowel separator, NNBSP and ZWJ it uses) is welcome. Text typed with the old Menksoft-style fonts is not Unicode:
 * its letters sit in the private-use area (U+E000–U+F8FF), only that font can show them and search cannot read
 * them. Such text is refused, never converted behind the writer's back: a converter can lose letters, and the
 * writer is the one who can check the result.
 */
public final class MongolianText {

    /** What the writer reads, in both languages: the page may be in either, the writer may read only one. */
    public static final String LEGACY_ENCODING_MESSAGE = "{kepu.text.legacyMongolian}";

    private MongolianText() {}

    /** Where the first private-use character is (a UTF-16 index), or empty when the text has none. */
    public static OptionalInt legacyEncodingAt(CharSequence text) {
        if (text == null) {
            return OptionalInt.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uE000' && c <= '\uF8FF') {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** Whether the text is free of legacy-encoded (private-use) characters. */
    public static boolean isUnicode(CharSequence text) {
        return legacyEncodingAt(text).isEmpty();
    }
}
