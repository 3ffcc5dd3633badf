package org.kepu.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The first Chinese chain: the standard tokenizer (one token per Han character, one per Latin word), lowercase,
 * and shingles of two with the single tokens kept and no separator, so {@code 应急避险} is indexed as
 * {@code 应 应急 急 急避 避 避险 险}.
 *
 * <p>Why shingles and not {@code CJKBigramFilter}: the Elasticsearch test distribution has only the standard
 * tokenizer, lowercase and shingle, and with this chain both engines index exactly the same terms, so the
 * contract tests can expect the same results. Queries are not analyzed with this chain; {@link LuceneQueries}
 * builds unigram and bigram clauses itself from {@link #UNIGRAMS}.
 */
final class ChineseAnalyzer extends Analyzer {

    /** Splits text into the single tokens the bigrams are made of; used for queries. */
    static final Analyzer UNIGRAMS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer tokenizer = new StandardTokenizer();
            return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
        }
    };

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream tokens = new LowerCaseFilter(tokenizer);
        ShingleFilter shingles = new ShingleFilter(tokens, 2, 2);
        shingles.setOutputUnigrams(true);
        shingles.setTokenSeparator("");
        return new TokenStreamComponents(tokenizer, shingles);
    }
}
