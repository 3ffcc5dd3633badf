package org.kepu.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Builds a query from what a person typed. The text is only ever tokenized, never parsed, so quotes, {@code *},
 * backslashes or SQL/HTML fragments are just characters.
 *
 * <p>Shape: most single tokens must occur in some field (recall: {@code 应急} finds {@code 应急避险}); each
 * adjacent pair (the indexed bigrams) and the exact sequence as a phrase add score, so documents with the
 * characters in order rank above those where they are scattered. Title weighs more than summary, summary more
 * than body. Everything used here exists in Elasticsearch too (bool, dis_max, term, match_phrase).
 */
final class LuceneQueries {

    /** Long input is cut here; beyond it a query gets slower, not better. */
    static final int MAX_TOKENS = 32;

    private static final float PHRASE_BOOST = 2f;
    private static final float TIE_BREAKER = 0.1f;

    private LuceneQueries() {}

    /** The query for this text, or empty when the text holds no searchable token. */
    static Optional<Query> forText(String text) {
        List<String> tokens = unigrams(text);
        if (tokens.isEmpty()) {
            return Optional.empty();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(mostTokens(new LinkedHashSet<>(tokens)), Occur.MUST);
        for (String bigram : bigrams(tokens)) {
            query.add(acrossFields(bigram), Occur.SHOULD);
        }
        if (tokens.size() > 1) {
            for (String field : SearchFields.TEXT) {
                Query phrase = new PhraseQuery(field, tokens.toArray(String[]::new));
                query.add(new BoostQuery(phrase, SearchFields.boost(field) * PHRASE_BOOST), Occur.SHOULD);
            }
        }
        return Optional.of(query.build());
    }

    private static Query mostTokens(Set<String> distinct) {
        BooleanQuery.Builder tokens = new BooleanQuery.Builder();
        distinct.forEach(token -> tokens.add(acrossFields(token), Occur.SHOULD));
        // All of one or two tokens, three in four of longer input: tolerates a stray character.
        int required = distinct.size() <= 2 ? distinct.size() : distinct.size() - distinct.size() / 4;
        return tokens.setMinimumNumberShouldMatch(required).build();
    }

    private static Query acrossFields(String term) {
        List<Query> perField = new ArrayList<>(SearchFields.TEXT.length);
        for (String field : SearchFields.TEXT) {
            perField.add(new BoostQuery(new TermQuery(new Term(field, term)), SearchFields.boost(field)));
        }
        return new DisjunctionMaxQuery(perField, TIE_BREAKER);
    }

    // The same terms the index-time shingle filter makes: neighbours joined without a separator.
    private static Set<String> bigrams(List<String> tokens) {
        Set<String> bigrams = new LinkedHashSet<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            bigrams.add(tokens.get(i) + tokens.get(i + 1));
        }
        return bigrams;
    }

    static List<String> unigrams(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return tokens;
        }
        try (TokenStream stream = ChineseAnalyzer.UNIGRAMS.tokenStream(SearchFields.BODY, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (tokens.size() < MAX_TOKENS && stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            // Reading from a String cannot fail; this only satisfies the checked signature.
            throw new UncheckedIOException("could not tokenize query text", e);
        }
        return tokens;
    }
}
