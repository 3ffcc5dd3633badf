package org.kepu.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kepu.search.QueryNode.Bool;
import org.kepu.search.QueryNode.Fuzzy;
import org.kepu.search.QueryNode.Phrase;
import org.kepu.search.QueryNode.Term;

/** The clause for one query unit: every way the unit can match, the best one counting. */
final class UnitQueries {

    /** Synonyms count a little less than what was typed. */
    static final float SYNONYM_WEIGHT = 0.9f;
    /** Bonus when the document's segmentation has the same word, relative to the phrase of its characters. */
    static final float WORD_BONUS = 0.5f;

    static final float FUZZY_WEIGHT = 0.5f;
    static final float PINYIN_WEIGHT = 0.9f;
    static final float INITIALS_WEIGHT = 0.6f;
    /** Weight of the neighbouring-character net against whole units. */
    static final float NET_WEIGHT = 0.3f;

    private static final float TITLE_BOOST = SearchFields.TEXTS.get(0).boost();

    QueryNode of(QueryPlanner.Unit unit) {
        List<QueryNode> alternatives = new ArrayList<>();
        for (int i = 0; i < unit.alternatives().size(); i++) {
            List<String> tokens = unit.alternatives().get(i);
            boolean typed = i == 0;
            float weight = typed ? 1f : SYNONYM_WEIGHT;
            if (tokens.size() == 1 && !TextAnalysis.isHan(tokens.get(0))) {
                alternatives.addAll(latin(tokens.get(0), weight, typed));
            } else if (MongolianText.isSuffix(tokens.get(tokens.size() - 1))) {
                alternatives.addAll(inflected(tokens, weight));
            } else {
                alternatives.addAll(word(tokens, weight));
                if (typed && unit.alternatives().size() > 1) {
                    allWords(tokens).ifPresent(alternatives::add);
                }
            }
        }
        return alternatives.size() == 1 ? alternatives.get(0) : QueryPlanner.disMax(alternatives);
    }

    /** The tokens as a phrase in title, summary or body. */
    QueryNode phraseAnywhere(List<String> tokens, float boost) {
        List<QueryNode> perField = new ArrayList<>();
        for (SearchFields.Text text : SearchFields.TEXTS) {
            perField.add(new Phrase(text.grams(), tokens, text.boost() * boost));
        }
        return QueryPlanner.disMax(perField);
    }

    /**
     * A safety net for recall: every pair of neighbouring Han characters of the input, at a low weight, so a document
     * that shares part of a word ({@code 沙尘} for {@code 沙尘暴}) is still found, below those that match whole units.
     */
    Optional<QueryNode> bigramNet(List<String> tokens) {
        List<QueryNode> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (TextAnalysis.isHan(tokens.get(i)) && TextAnalysis.isHan(tokens.get(i + 1))) {
                pairs.add(phraseAnywhere(tokens.subList(i, i + 2), NET_WEIGHT));
            }
        }
        return pairs.size() < 2 ? Optional.empty() : Optional.of(new Bool(List.of(), pairs, 1, List.of(), List.of()));
    }

    /**
     * A typed synonym term also matches when its words occur apart ({@code 防诈骗} in {@code 防范电信诈骗}): the synonym
     * list must not make a query stricter than it would be without it.
     */
    private Optional<QueryNode> allWords(List<String> tokens) {
        List<String> words = TextAnalysis.words(String.join("", tokens));
        if (words.size() < 2) {
            return Optional.empty();
        }
        List<QueryNode> each = new ArrayList<>();
        for (String word : words) {
            each.add(QueryPlanner.disMax(word(TextAnalysis.grams(word), SYNONYM_WEIGHT)));
        }
        return Optional.of(new Bool(each, List.of(), 0, List.of(), List.of()));
    }

    private List<QueryNode> word(List<String> tokens, float weight) {
        String word = String.join("", tokens);
        List<QueryNode> perField = new ArrayList<>();
        for (SearchFields.Text text : SearchFields.TEXTS) {
            float boost = text.boost() * weight;
            QueryNode chars = new Phrase(text.grams(), tokens, boost);
            QueryNode sameWord = new Term(text.words(), word, boost * WORD_BONUS);
            perField.add(new Bool(List.of(chars), List.of(sameWord), 0, List.of(), List.of()));
        }
        return perField;
    }

    /**
     * A Mongolian word typed with suffixes: the stem must match (any inflected form of it does), the same suffixes
     * add a bonus, as the document's own word does for Chinese.
     */
    private List<QueryNode> inflected(List<String> tokens, float weight) {
        String word = String.join("", tokens);
        List<QueryNode> perField = new ArrayList<>();
        for (SearchFields.Text text : SearchFields.TEXTS) {
            float boost = text.boost() * weight;
            QueryNode stem = new Term(text.grams(), tokens.get(0), boost);
            QueryNode sameForm = new Term(text.words(), word, boost * WORD_BONUS);
            perField.add(new Bool(List.of(stem), List.of(sameForm), 0, List.of(), List.of()));
        }
        return perField;
    }

    private List<QueryNode> latin(String token, float weight, boolean typed) {
        List<QueryNode> ways = new ArrayList<>();
        int edits = typed ? fuzzyEdits(token) : 0;
        for (SearchFields.Text text : SearchFields.TEXTS) {
            ways.add(new Term(text.grams(), token, text.boost() * weight));
            if (edits > 0) {
                ways.add(new Fuzzy(text.grams(), token, edits, text.boost() * weight * FUZZY_WEIGHT));
            }
        }
        if (typed && token.length() > 1 && token.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            pinyin(token).ifPresent(ways::add);
            if (token.length() <= 8) {
                List<String> letters =
                        token.chars().mapToObj(Character::toString).toList();
                ways.add(new Phrase(SearchFields.TITLE_INITIALS, letters, TITLE_BOOST * INITIALS_WEIGHT));
            }
        }
        return ways;
    }

    private static Optional<QueryNode> pinyin(String letters) {
        return Pinyin.split(letters)
                .map(syllables -> new Phrase(SearchFields.TITLE_PINYIN, syllables, TITLE_BOOST * PINYIN_WEIGHT));
    }

    /**
     * Typos in Latin words: one edit from four letters ({@code chatgtp}), two from eight; numbers of two to four
     * digits allow one ({@code 91} for {@code 19}). Shorter tokens ({@code 5g}) must be exact.
     */
    static int fuzzyEdits(String token) {
        boolean digits = token.chars().allMatch(Character::isDigit);
        if (digits) {
            return token.length() >= 2 && token.length() <= 4 ? 1 : 0;
        }
        if (token.length() >= 8) {
            return 2;
        }
        return token.length() >= 4 ? 1 : 0;
    }
}
