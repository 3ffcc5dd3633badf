package org.kepu.portal.signup;

import java.util.Map;

/**
 * A 5×7 dot-matrix font for the captcha's letters, so drawing needs no installed fonts (server
 * images often have none).
 */
final class DotFont {

    static final int WIDTH = 5;
    static final int HEIGHT = 7;

    private static final Map<Character, String> GLYPHS = Map.ofEntries(
            Map.entry('A', "01110 10001 10001 11111 10001 10001 10001"),
            Map.entry('B', "11110 10001 10001 11110 10001 10001 11110"),
            Map.entry('C', "01110 10001 10000 10000 10000 10001 01110"),
            Map.entry('D', "11100 10010 10001 10001 10001 10010 11100"),
            Map.entry('E', "11111 10000 10000 11110 10000 10000 11111"),
            Map.entry('F', "11111 10000 10000 11110 10000 10000 10000"),
            Map.entry('G', "01110 10001 10000 10111 10001 10001 01111"),
            Map.entry('H', "10001 10001 10001 11111 10001 10001 10001"),
            Map.entry('J', "00111 00010 00010 00010 00010 10010 01100"),
            Map.entry('K', "10001 10010 10100 11000 10100 10010 10001"),
            Map.entry('M', "10001 11011 10101 10101 10001 10001 10001"),
            Map.entry('N', "10001 10001 11001 10101 10011 10001 10001"),
            Map.entry('P', "11110 10001 10001 11110 10000 10000 10000"),
            Map.entry('Q', "01110 10001 10001 10001 10101 10010 01101"),
            Map.entry('R', "11110 10001 10001 11110 10100 10010 10001"),
            Map.entry('S', "01111 10000 10000 01110 00001 00001 11110"),
            Map.entry('T', "11111 00100 00100 00100 00100 00100 00100"),
            Map.entry('U', "10001 10001 10001 10001 10001 10001 01110"),
            Map.entry('V', "10001 10001 10001 10001 10001 01010 00100"),
            Map.entry('W', "10001 10001 10001 10101 10101 10101 01010"),
            Map.entry('X', "10001 10001 01010 00100 01010 10001 10001"),
            Map.entry('Y', "10001 10001 01010 00100 00100 00100 00100"),
            Map.entry('Z', "11111 00001 00010 00100 01000 10000 11111"),
            Map.entry('2', "01110 10001 00001 00010 00100 01000 11111"),
            Map.entry('3', "11111 00010 00100 00010 00001 10001 01110"),
            Map.entry('4', "00010 00110 01010 10010 11111 00010 00010"),
            Map.entry('5', "11111 10000 11110 00001 00001 10001 01110"),
            Map.entry('6', "00110 01000 10000 11110 10001 10001 01110"),
            Map.entry('7', "11111 00001 00010 00100 01000 01000 01000"),
            Map.entry('8', "01110 10001 10001 01110 10001 10001 01110"),
            Map.entry('9', "01110 10001 10001 01111 00001 00010 01100"),
            Map.entry('?', "01110 10001 00001 00010 00100 00000 00100"));

    private DotFont() {}

    /** Whether the dot at column {@code x}, row {@code y} of {@code c} is set. */
    static boolean dot(char c, int x, int y) {
        String glyph = GLYPHS.getOrDefault(c, GLYPHS.get('?'));
        return glyph.charAt(y * (WIDTH + 1) + x) == '1';
    }
}
