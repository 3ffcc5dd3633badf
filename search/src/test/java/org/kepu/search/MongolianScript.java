package org.kepu.search;

import java.util.Map;

/**
 * Test text in traditional Mongolian script, written in a Latin transliteration so the marks stay visible:
 * {@code q} is ᠬ (k too), {@code g} ᠭ, {@code c} ᠴ, {@code j} ᠵ, {@code O} ᠥ, {@code U} ᠦ, {@code N} ᠩ, {@code S} ᠱ;
 * {@code _} is the vowel separator MVS, {@code -} the NNBSP before a suffix, {@code 1}–{@code 4} FVS1–FVS4,
 * {@code , . :} Mongolian comma, full stop and colon.
 */
final class MongolianScript {

    private static final Map<Character, String> LETTERS = Map.ofEntries(
            Map.entry('a', "\u1820"),
            Map.entry('e', "\u1821"),
            Map.entry('i', "\u1822"),
            Map.entry('o', "\u1823"),
            Map.entry('u', "\u1824"),
            Map.entry('O', "\u1825"),
            Map.entry('U', "\u1826"),
            Map.entry('n', "\u1828"),
            Map.entry('N', "\u1829"),
            Map.entry('b', "\u182A"),
            Map.entry('p', "\u182B"),
            Map.entry('q', "\u182C"),
            Map.entry('k', "\u182C"),
            Map.entry('g', "\u182D"),
            Map.entry('m', "\u182E"),
            Map.entry('l', "\u182F"),
            Map.entry('s', "\u1830"),
            Map.entry('S', "\u1831"),
            Map.entry('t', "\u1832"),
            Map.entry('d', "\u1833"),
            Map.entry('c', "\u1834"),
            Map.entry('j', "\u1835"),
            Map.entry('y', "\u1836"),
            Map.entry('r', "\u1837"),
            Map.entry('w', "\u1838"),
            Map.entry('f', "\u1839"),
            Map.entry('z', "\u183D"),
            Map.entry('h', "\u183E"),
            Map.entry('_', "\u180E"),
            Map.entry('-', "\u202F"),
            Map.entry('1', "\u180B"),
            Map.entry('2', "\u180C"),
            Map.entry('3', "\u180D"),
            Map.entry('4', "\u180F"),
            Map.entry(',', "\u1802"),
            Map.entry('.', "\u1803"),
            Map.entry(':', "\u1804"));

    private MongolianScript() {}

    /** The text in Mongolian script; other characters (spaces, Latin capitals, digits from 5) stay as they are. */
    static String of(String transliterated) {
        StringBuilder script = new StringBuilder();
        for (char c : transliterated.toCharArray()) {
            script.append(LETTERS.getOrDefault(c, String.valueOf(c)));
        }
        return script.toString();
    }
}
