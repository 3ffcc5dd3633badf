package org.kepu.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The Chinese analysis of both engines, done here before text reaches either, so Lucene and Elasticsearch index the
 * very same tokens (each engine only splits our output on spaces). Two views of a text:
 *
 * <ul>
 *   <li>{@link #grams}: one token per Han character and one per Latin word or number, in order, lower case. Phrase
 *       queries over them match any Chinese word exactly, whatever a segmenter would have made of it.
 *   <li>{@link #words}: words from Lucene's smartcn segmenter (a hidden Markov model over a dictionary), lower case,
 *       without punctuation. They decide how a query splits into units and add a bonus when the document's words
 *       agree.
 * </ul>
 *
 * Text is NFKC-normalized first, so full-width {@code ５Ｇ} equals {@code 5g}.
 *
 * <p>Traditional Mongolian (U+1800–U+18AF, see {@link MongolianText}). NFKC does not unify its spellings, and Lucene's
 * {@link StandardTokenizer} keeps a Mongolian word whole with any free variation selector, vowel separator, ZWJ or
 * NNBSP-joined suffix inside it (NNBSP is {@code ExtendNumLet} since Unicode 11), while smartcn splits it into single
 * letters. So before tokenizing:
 *
 * <ul>
 *   <li>the free variation selectors FVS1–FVS4 (U+180B–U+180D, U+180F) and the vowel separator MVS (U+180E) are
 *       dropped, so the letters around an MVS join: they only choose glyphs, and people type them inconsistently;
 *   <li>ZWJ and ZWNJ next to a Mongolian letter are dropped for the same reason (elsewhere they stay);
 *   <li>an NNBSP (U+202F) before a Mongolian letter is kept, and NFKC (which would make it a space) is not applied to
 *       it; any other NNBSP becomes a space as before.
 * </ul>
 *
 * Then a suffix is its own token that keeps its NNBSP in front ({@code ᠲᠡᠮᠡᠭᠡᠨ ᠦ} with NNBSP gives
 * {@code ᠲᠡᠮᠡᠭᠡᠨ} and NNBSP+{@code ᠦ}): the bare stem is a token of every inflected form, so a query of the stem finds
 * them all, and a suffix never matches a word that happens to be spelt like it. {@link #words} keeps a Mongolian word
 * with its suffixes as one word, which the planner uses as a bonus for the same inflected form and suggestions use as
 * keys. Mongolian punctuation (U+1800–U+180A) is not a token; Mongolian digits are tokens as they are.
 */
final class TextAnalysis {

    /** Longest text analyzed per field; beyond it a document gets bigger, not more findable. */
    static final int MAX_CHARS = 20_000;

    private static final Analyzer GRAMS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer tokenizer = new StandardTokenizer();
            return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
        }
    };

    /** A Mongolian word with the suffixes joined to it by NNBSP, or a suffix on its own. */
    private static final Pattern MONGOLIAN_WORD = Pattern.compile("\u202F?[\u1810-\u18AF]+(?:\u202F[\u1810-\u18AF]+)*");

    private static final Analyzer WORDS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            HMMChineseTokenizer tokenizer = new HMMChineseTokenizer();
            return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
        }
    };

    private TextAnalysis() {}

    static List<String> grams(String text) {
        return grams(text, Integer.MAX_VALUE);
    }

    static List<String> grams(String text, int max) {
        List<String> grams = new ArrayList<>();
        for (String token : tokens(GRAMS, text, max)) {
            for (String part : MongolianText.splitSuffixes(token)) {
                if (grams.size() < max) {
                    grams.add(part);
                }
            }
        }
        return grams;
    }

    static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return new ArrayList<>();
        }
        String normalized = normalize(text);
        if (!MongolianText.contains(normalized)) {
            return segmented(normalized);
        }
        // smartcn would cut Mongolian into letters: Mongolian words are taken whole, the text between them segmented.
        List<String> words = new ArrayList<>();
        Matcher word = MONGOLIAN_WORD.matcher(normalized);
        int from = 0;
        while (word.find()) {
            words.addAll(segmented(normalized.substring(from, word.start())));
            words.add(word.group());
            from = word.end();
        }
        words.addAll(segmented(normalized.substring(from)));
        return words;
    }

    private static List<String> segmented(String text) {
        List<String> words = new ArrayList<>();
        for (String token : tokens(WORDS, text, Integer.MAX_VALUE)) {
            if (token.codePoints().anyMatch(Character::isLetterOrDigit)) {
                words.add(token);
            }
        }
        return words;
    }

    static String normalize(String text) {
        String cut = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        return MongolianText.contains(cut)
                ? MongolianText.normalize(cut)
                : Normalizer.normalize(cut, Normalizer.Form.NFKC);
    }

    static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    static boolean isHan(String token) {
        return !token.isEmpty() && token.codePoints().allMatch(TextAnalysis::isHan);
    }

    private static List<String> tokens(Analyzer analyzer, String text, int max) {
        List<String> tokens = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return tokens;
        }
        try (TokenStream stream = analyzer.tokenStream("text", normalize(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (tokens.size() < max && stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            // Reading from a String cannot fail; this only satisfies the checked signature.
            throw new UncheckedIOException("could not tokenize text", e);
        }
        return tokens;
    }
}
