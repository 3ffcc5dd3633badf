package org.kepu.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Cuts HTML-safe snippets from summary or body, the same for every engine: the first passage around a match, the
 * source text escaped and only then {@code <em>} added, so a {@code <script>} in a body arrives as text. Without a
 * match (for example only the title or its pinyin matched) it shows how the summary begins.
 */
final class Snippets {

    static final String PRE_TAG = "<em>";
    static final String POST_TAG = "</em>";
    static final int SNIPPET_LENGTH = 100;
    /** Characters shown before the first match, so it reads in context. */
    private static final int LEAD = 20;

    private Snippets() {}

    static String of(String summary, String body, List<String> terms) {
        for (String text : new String[] {summary, body}) {
            List<int[]> matches = matches(text, terms);
            if (!matches.isEmpty()) {
                return window(text, matches);
            }
        }
        String text = summary == null || summary.isBlank() ? body : summary;
        if (text == null) {
            return "";
        }
        int end = Math.min(text.length(), SNIPPET_LENGTH);
        return escape(text.substring(0, end).strip()) + (end < text.length() ? "…" : "");
    }

    static String window(String text, List<int[]> matches) {
        int first = matches.get(0)[0];
        int start = 0;
        if (first > SNIPPET_LENGTH / 2) { // far in: start shortly before it, at a sentence end if there is one
            int sentence = lastSentenceEnd(text, first - LEAD, first);
            start = sentence >= 0 ? sentence : first - LEAD;
        }
        int end = Math.min(text.length(), start + SNIPPET_LENGTH);
        StringBuilder out = new StringBuilder();
        if (start > 0) {
            out.append('…');
        }
        int at = start;
        for (int[] match : matches) {
            if (match[0] < at || match[1] > end) {
                continue;
            }
            out.append(escape(text.substring(at, match[0])))
                    .append(PRE_TAG)
                    .append(escape(text.substring(match[0], match[1])))
                    .append(POST_TAG);
            at = match[1];
        }
        out.append(escape(text.substring(at, end).stripTrailing()));
        return end < text.length() ? out.append('…').toString() : out.toString();
    }

    private static int lastSentenceEnd(String text, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if ("。！？!?；;\n".indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return -1;
    }

    /** Non-overlapping, merged [start, end) ranges of the terms in the text, in order. */
    static List<int[]> matches(String text, List<String> terms) {
        List<int[]> found = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return found;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        // Terms are analyzed, so Mongolian marks in the text must not stand between a term and its match.
        MongolianText.Folded folded = MongolianText.fold(lower.length() == text.length() ? lower : text);
        String haystack = folded.text();
        for (String term : terms) {
            if (term.isEmpty()) {
                continue;
            }
            for (int i = haystack.indexOf(term); i >= 0; i = haystack.indexOf(term, i + term.length())) {
                if (TextAnalysis.isHan(term) || isWordBoundary(haystack, i, i + term.length())) {
                    found.add(folded.original(i, i + term.length()));
                }
            }
        }
        found.sort(Comparator.comparingInt(range -> range[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] range : found) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && range[0] <= last[1]) {
                last[1] = Math.max(last[1], range[1]);
            } else {
                merged.add(range.clone());
            }
        }
        return merged;
    }

    private static boolean isWordBoundary(String text, int start, int end) {
        return (start == 0 || !isLatin(text.charAt(start - 1))) && (end == text.length() || !isLatin(text.charAt(end)));
    }

    private static boolean isLatin(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    /** HTML escaping of text, including quotes and slash. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#x27;");
                case '/' -> escaped.append("&#x2F;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
