package org.kepu.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The parts of typed text: {@code "quoted phrases"}, {@code -excluded} words and the free rest. Anything else is
 * plain text; an unbalanced quote is dropped. Input is cut at {@value #MAX_CHARS} characters.
 */
record UserQuery(String free, List<String> phrases, List<String> excluded) {

    static final int MAX_CHARS = 200;

    UserQuery {
        phrases = List.copyOf(phrases);
        excluded = List.copyOf(excluded);
    }

    static UserQuery parse(String text) {
        String input = text == null ? "" : text.strip();
        if (input.length() > MAX_CHARS) {
            input = input.substring(0, MAX_CHARS);
        }
        StringBuilder free = new StringBuilder();
        List<String> phrases = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        int i = 0;
        while (i < input.length()) {
            char c = input.charAt(i);
            int close = isQuote(c) ? closingQuote(input, i + 1) : -1;
            if (close > 0) {
                phrases.add(input.substring(i + 1, close));
                i = close + 1;
            } else if (c == '-' && (i == 0 || Character.isWhitespace(input.charAt(i - 1)))) {
                int end = wordEnd(input, i + 1);
                if (end > i + 1) {
                    excluded.add(input.substring(i + 1, end));
                }
                i = Math.max(end, i + 1);
            } else {
                free.append(isQuote(c) ? ' ' : c);
                i++;
            }
        }
        return new UserQuery(free.toString(), phrases, excluded);
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '“' || c == '”';
    }

    private static int closingQuote(String input, int from) {
        for (int i = from; i < input.length(); i++) {
            if (isQuote(input.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int wordEnd(String input, int from) {
        int end = from;
        while (end < input.length() && !Character.isWhitespace(input.charAt(end)) && !isQuote(input.charAt(end))) {
            end++;
        }
        return end;
    }
}
