package org.kepu.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Toneless pinyin of Han characters (pinyin4j), and the split of typed letters into syllables. A character with
 * several readings gets its first, most common one: both engines index one token per position, so the choice must
 * be the same everywhere.
 */
final class Pinyin {

    private static final int FIRST = 0x4E00;
    private static final int LAST = 0x9FFF;
    private static final int LONGEST_SYLLABLE = 6;

    private Pinyin() {}

    /** The reading of a Han character, or {@code null} if it has none. */
    static String of(int codePoint) {
        if (codePoint < FIRST || codePoint > LAST) {
            return null;
        }
        return Table.READINGS[codePoint - FIRST];
    }

    /** Readings of the Han characters in {@code text}, in order; other characters are skipped. */
    static List<String> syllables(String text) {
        List<String> syllables = new ArrayList<>();
        text.codePoints().forEach(cp -> {
            String reading = of(cp);
            if (reading != null) {
                syllables.add(reading);
            }
        });
        return syllables;
    }

    /**
     * Splits lower-case letters into the fewest valid syllables ({@code kepu} → {@code ke pu},
     * {@code xian} → {@code xian}), or empty if they are not pinyin.
     */
    static Optional<List<String>> split(String letters) {
        int n = letters.length();
        int[] best = new int[n + 1];
        int[] from = new int[n + 1];
        Arrays.fill(best, Integer.MAX_VALUE);
        best[0] = 0;
        for (int end = 1; end <= n; end++) {
            for (int start = Math.max(0, end - LONGEST_SYLLABLE); start < end; start++) {
                if (best[start] != Integer.MAX_VALUE
                        && best[start] + 1 < best[end]
                        && Table.SYLLABLES.contains(letters.substring(start, end))) {
                    best[end] = best[start] + 1;
                    from[end] = start;
                }
            }
        }
        if (n == 0 || best[n] == Integer.MAX_VALUE) {
            return Optional.empty();
        }
        List<String> syllables = new ArrayList<>();
        for (int end = n; end > 0; end = from[end]) {
            syllables.add(0, letters.substring(from[end], end));
        }
        return Optional.of(syllables);
    }

    /** Built on first use: one pinyin4j lookup per character of the CJK block (a fraction of a second). */
    private static final class Table {

        static final String[] READINGS = new String[LAST - FIRST + 1];
        static final Set<String> SYLLABLES = new HashSet<>();

        static {
            HanyuPinyinOutputFormat format = new HanyuPinyinOutputFormat();
            format.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
            format.setVCharType(HanyuPinyinVCharType.WITH_V);
            format.setCaseType(HanyuPinyinCaseType.LOWERCASE);
            for (int cp = FIRST; cp <= LAST; cp++) {
                String[] readings = readings((char) cp, format);
                if (readings != null && readings.length > 0) {
                    READINGS[cp - FIRST] = readings[0];
                    for (String reading : readings) {
                        SYLLABLES.add(reading);
                    }
                }
            }
        }

        private static String[] readings(char c, HanyuPinyinOutputFormat format) {
            try {
                return PinyinHelper.toHanyuPinyinStringArray(c, format);
            } catch (BadHanyuPinyinOutputFormatCombination e) {
                // The format above is a valid combination; pinyin4j only declares the exception.
                throw new IllegalStateException(e);
            }
        }
    }
}
