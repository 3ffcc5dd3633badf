package org.kepu.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Traditional Mongolian (U+1800–U+18AF) as {@link TextAnalysis} needs it: one spelling per word, whatever marks were
 * typed, and suffixes kept apart from their stem. See {@link TextAnalysis} for the rules.
 */
final class MongolianText {

    /** Narrow no-break space: in Mongolian it attaches a suffix to its stem. */
    static final char NNBSP = '\u202F';

    private static final int ZWNJ = 0x200C;
    private static final int ZWJ = 0x200D;

    private MongolianText() {}

    /** A letter, digit or combining sign of Mongolian words (not its punctuation U+1800–U+180A or the marks). */
    static boolean isWordChar(int c) {
        return c >= 0x1810 && c <= 0x18AF;
    }

    static boolean contains(String text) {
        return text.codePoints().anyMatch(c -> c >= 0x1800 && c <= 0x18AF);
    }

    /** A token that is a suffix: it starts with the NNBSP that joined it to its stem. */
    static boolean isSuffix(String token) {
        return token.length() > 1 && token.charAt(0) == NNBSP;
    }

    /**
     * Drops the free variation selectors and the vowel separator, ZWJ and ZWNJ next to Mongolian letters, then applies
     * NFKC everywhere except to an NNBSP before a Mongolian letter (NFKC would make it a plain space).
     */
    static String normalize(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int next = i + Character.charCount(c);
            if (!isMark(c) && !(isJoiner(c) && nextToMongolian(text, i, next))) {
                clean.appendCodePoint(c);
            }
            i = next;
        }
        return nfkcKeepingSuffixes(clean.toString());
    }

    /** Splits an analyzed token at each suffix NNBSP: the stem, then each suffix with its NNBSP. */
    static List<String> splitSuffixes(String token) {
        int at = token.indexOf(NNBSP, 1);
        if (at < 0) {
            return List.of(token);
        }
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (; at >= 0; at = token.indexOf(NNBSP, at + 1)) {
            if (at > from) {
                parts.add(token.substring(from, at));
            }
            from = at;
        }
        parts.add(token.substring(from));
        return parts;
    }

    /**
     * The text without the marks {@link #normalize} drops, and for each char of it the index of the same char in the
     * text (one more entry: the text's length), so a match in the folded text can be shown in the original.
     */
    static Folded fold(String text) {
        if (!contains(text)) {
            return new Folded(text, null);
        }
        StringBuilder folded = new StringBuilder(text.length());
        int[] origin = new int[text.length() + 1];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isMark(c) && !(isJoiner(c) && nextToMongolian(text, i, i + 1))) {
                origin[folded.length()] = i;
                folded.append(c);
            }
        }
        origin[folded.length()] = text.length();
        return new Folded(folded.toString(), origin);
    }

    /** A folded text and where its chars are in the original ({@code null}: at the same index). */
    record Folded(String text, int[] origin) {

        /** The original range of the folded range [start, end). */
        int[] original(int start, int end) {
            return origin == null ? new int[] {start, end} : new int[] {origin[start], origin[end - 1] + 1};
        }
    }

    // FVS1–FVS3 (U+180B–U+180D), MVS (U+180E), FVS4 (U+180F).
    private static boolean isMark(int c) {
        return c >= 0x180B && c <= 0x180F;
    }

    private static boolean isJoiner(int c) {
        return c == ZWJ || c == ZWNJ;
    }

    private static boolean nextToMongolian(String text, int start, int end) {
        return (start > 0 && isWordChar(text.codePointBefore(start)))
                || (end < text.length() && isWordChar(text.codePointAt(end)));
    }

    private static boolean startsSuffix(String text, int nnbsp) {
        return nnbsp + 1 < text.length() && isWordChar(text.codePointAt(nnbsp + 1));
    }

    private static String nfkcKeepingSuffixes(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        for (int at = text.indexOf(NNBSP); at >= 0; at = text.indexOf(NNBSP, at + 1)) {
            if (startsSuffix(text, at)) {
                out.append(nfkc(text.substring(from, at))).append(NNBSP);
                from = at + 1;
            }
        }
        return out.append(nfkc(text.substring(from))).toString();
    }

    private static String nfkc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }
}
