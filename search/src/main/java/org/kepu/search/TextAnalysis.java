package org.kepu.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
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

    private static final Analyzer WORDS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            HMMChineseTokenizer tokenizer = new HMMChineseTokenizer();
            return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
        }
    };

    private TextAnalysis() {}

    static List<String> grams(String text) {
        return tokens(GRAMS, text, Integer.MAX_VALUE);
    }

    static List<String> grams(String text, int max) {
        return tokens(GRAMS, text, max);
    }

    static List<String> words(String text) {
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
        return Normalizer.normalize(cut, Normalizer.Form.NFKC);
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
