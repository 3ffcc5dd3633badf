package org.kepu.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The keys titles and caption words are suggested by, and merging them with popular queries. Which words of a
 * document match a prefix is decided here, from its stored words, so both engines offer the same ones.
 */
final class Suggestions {

    /** Word starts per title that get a key; later ones are rarely typed. */
    private static final int MAX_STARTS = 12;
    /** Longest key; a prefix is never longer than what a person types. */
    private static final int MAX_KEY = 48;

    /** Distinct caption words kept per video, most often said first: a bounded cost per document in the index. */
    static final int MAX_SPOKEN = 200;

    /** Spoken fillers that would crowd out the words a video is about. */
    private static final Set<String> FILLERS = Set.of(
            "我们", "你们", "他们", "大家", "这个", "那个", "这些", "那些", "这样", "那样", "就是", "然后", "所以", "因为", "但是", "如果", "已经", "可以",
            "一个", "一些", "一下", "什么", "怎么", "还是", "没有", "自己", "现在", "时候", "的话", "今天", "那么", "其实", "还有", "一定", "非常");

    /** Characters that are words of their own (particles, pronouns, prepositions): never part of an unknown word. */
    private static final String FUNCTION_CHARACTERS =
            "的地得了着过是在和与及或就也都还又要会能可把被让给对从向往用为" + "我你他她它这那哪谁啥有没不很太最更个些吧啊呢吗呀哦嗯哈呃喔嘛呗么上下里中外前后来去说到";

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

    /**
     * The words a video's captions say, to suggest: Chinese words of two characters or more, most often said first
     * (then first said), without fillers, at most {@link #MAX_SPOKEN}. Characters that segmentation left single
     * and that stand side by side within a clause (点 云) are taken as one word, unless one is a function word (的,
     * 是), and so is a word with the single character after it (全站 仪, also offered as 全站): spoken terms are
     * often words the dictionary does not know.
     *
     * @param texts the cues' texts
     * @param words the words of each cue, as {@link TextAnalysis#words} gives them
     */
    static List<String> spoken(List<String> texts, List<List<String>> words) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            countCue(counts, TextAnalysis.normalize(texts.get(i)).toLowerCase(Locale.ROOT), words.get(i));
        }
        return counts.entrySet().stream()
                .filter(e -> !FILLERS.contains(e.getKey()))
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .limit(MAX_SPOKEN)
                .map(Map.Entry::getKey)
                .toList();
    }

    private static void countCue(Map<String, Integer> counts, String text, List<String> words) {
        StringBuilder run = new StringBuilder();
        String previous = null;
        int at = 0;
        for (String word : words) {
            int found = text.indexOf(word, at);
            // punctuation or a space between two words ends a run of single characters
            boolean adjacent = found == at;
            if (!adjacent) {
                count(counts, run);
                previous = null;
            }
            at = found < 0 ? at : found + word.length();
            boolean han = TextAnalysis.isHan(word);
            if (word.length() == 1 && han && FUNCTION_CHARACTERS.indexOf(word) < 0) {
                run.append(word);
                // a word and the single character after it (全站 仪, 除颤 器): often a term smartcn does not know
                if (previous != null) {
                    counts.merge(previous + word, 1, Integer::sum);
                }
                previous = null;
            } else {
                count(counts, run);
                boolean counted = word.codePointCount(0, word.length()) >= 2 && han;
                if (counted) {
                    counts.merge(word, 1, Integer::sum);
                }
                previous = counted && !FILLERS.contains(word) ? word : null;
            }
        }
        count(counts, run);
    }

    private static void count(Map<String, Integer> counts, StringBuilder run) {
        if (run.length() >= 2 && run.length() <= 4) {
            counts.merge(run.toString(), 1, Integer::sum);
        }
        run.setLength(0);
    }

    /** Suggestion keys of caption words: the words themselves (they are their own keys), pinyin and initials. */
    static Keys spokenKeys(List<String> words) {
        Set<String> pinyin = new LinkedHashSet<>();
        Set<String> initials = new LinkedHashSet<>();
        for (String word : words) {
            add(pinyin, new StringBuilder(pinyin(word)));
            add(initials, new StringBuilder(initials(word)));
        }
        return new Keys(List.copyOf(words), List.copyOf(pinyin), List.copyOf(initials));
    }

    /**
     * The caption words of the found documents, in the documents' order, that begin with the prefix as text, or
     * (typed in letters) as pinyin or initials; at most {@code limit}.
     */
    static List<String> spokenMatching(String prefix, List<List<String>> perDocument, int limit) {
        String key = key(prefix);
        boolean letters = !key.isEmpty() && key.chars().allMatch(c -> c >= 'a' && c <= 'z');
        Set<String> found = new LinkedHashSet<>();
        for (List<String> words : perDocument) {
            for (String word : words) {
                if (found.size() >= limit) {
                    return new ArrayList<>(found);
                }
                if (!key.isEmpty()
                        && (word.startsWith(key)
                                || letters
                                        && (pinyin(word).startsWith(key)
                                                || initials(word).startsWith(key)))) {
                    found.add(word);
                }
            }
        }
        return new ArrayList<>(found);
    }

    private static String pinyin(String word) {
        return String.join("", Pinyin.syllables(word));
    }

    private static String initials(String word) {
        StringBuilder initials = new StringBuilder();
        Pinyin.syllables(word).forEach(s -> initials.append(s.charAt(0)));
        return initials.toString();
    }

    /** Popular queries first, then titles; no duplicates; at most {@code limit}. */
    static List<String> merge(List<String> popular, List<String> titles, int limit) {
        return merge(popular, titles, List.of(), limit);
    }

    /**
     * Popular queries first, then titles, then caption words; no duplicates; at most {@code limit}. Caption words
     * keep a quarter of the places when there are enough titles to fill them all, so what a video says is offered
     * even for a prefix many titles share.
     */
    static List<String> merge(List<String> popular, List<String> titles, List<String> spoken, int limit) {
        Set<String> merged = new LinkedHashSet<>();
        for (String s : popular) {
            if (merged.size() < limit && s != null && !s.isBlank()) {
                merged.add(s.strip());
            }
        }
        int forTitles = limit - Math.min(spoken.size(), limit / 4);
        for (String s : titles) {
            if (merged.size() < forTitles) {
                merged.add(s);
            }
        }
        for (String s : spoken) {
            if (merged.size() < limit) {
                merged.add(s);
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
