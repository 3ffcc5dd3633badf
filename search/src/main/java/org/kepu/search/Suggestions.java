package org.kepu.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The keys titles are suggested by, and merging titles with popular queries. */
final class Suggestions {

    /** Word starts per title that get a key; later ones are rarely typed. */
    private static final int MAX_STARTS = 12;
    /** Longest key; a prefix is never longer than what a person types. */
    private static final int MAX_KEY = 48;

    private Suggestions() {}

    /** What a prefix is compared with: lower case, without spaces and punctuation. */
    static String key(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder key = new StringBuilder();
        TextAnalysis.normalize(text)
                .toLowerCase(Locale.ROOT)
                .codePoints()
                .filter(Character::isLetterOrDigit)
                .limit(MAX_KEY)
                .forEach(key::appendCodePoint);
        return key.toString();
    }

    /** The title from each word start on: as text, as pinyin and as initials. */
    static Keys keys(String title) {
        List<String> words = TextAnalysis.words(title);
        Set<String> text = new LinkedHashSet<>();
        Set<String> pinyin = new LinkedHashSet<>();
        Set<String> initials = new LinkedHashSet<>();
        for (int start = 0; start < Math.min(words.size(), MAX_STARTS); start++) {
            StringBuilder t = new StringBuilder();
            StringBuilder p = new StringBuilder();
            StringBuilder i = new StringBuilder();
            for (String word : words.subList(start, words.size())) {
                t.append(word);
                if (TextAnalysis.isHan(word)) {
                    Pinyin.syllables(word).forEach(s -> {
                        p.append(s);
                        i.append(s.charAt(0));
                    });
                } else {
                    p.append(word);
                    i.append(word);
                }
            }
            add(text, t);
            add(pinyin, p);
            add(initials, i);
        }
        return new Keys(List.copyOf(text), List.copyOf(pinyin), List.copyOf(initials));
    }

    private static void add(Set<String> keys, StringBuilder key) {
        String value = key(key.toString());
        if (!value.isEmpty()) {
            keys.add(value);
        }
    }

    /** Popular queries first, then titles; no duplicates; at most {@code limit}. */
    static List<String> merge(List<String> popular, List<String> titles, int limit) {
        Set<String> merged = new LinkedHashSet<>();
        for (String s : popular) {
            if (merged.size() < limit && s != null && !s.isBlank()) {
                merged.add(s.strip());
            }
        }
        for (String s : titles) {
            if (merged.size() < limit) {
                merged.add(s);
            }
        }
        return new ArrayList<>(merged);
    }

    /** Suggestion keys of one title. */
    record Keys(List<String> text, List<String> pinyin, List<String> initials) {}
}
