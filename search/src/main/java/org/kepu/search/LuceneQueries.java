package org.kepu.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Translates a {@link QueryNode} into the Lucene query Elasticsearch would build for the same node (term,
 * match_phrase, fuzzy with 50 expansions and transpositions, prefix, dis_max, bool).
 */
final class LuceneQueries {

    /** Elasticsearch's default {@code max_expansions} of the fuzzy query. */
    static final int MAX_EXPANSIONS = 50;

    private LuceneQueries() {}

    static Query toLucene(QueryNode node) {
        if (node instanceof QueryNode.Term term) {
            return boost(new TermQuery(new Term(term.field(), term.value())), term.boost());
        }
        if (node instanceof QueryNode.Phrase phrase) {
            Query query = phrase.tokens().size() == 1
                    ? new TermQuery(new Term(phrase.field(), phrase.tokens().get(0)))
                    : new PhraseQuery(phrase.field(), phrase.tokens().toArray(String[]::new));
            return boost(query, phrase.boost());
        }
        if (node instanceof QueryNode.Fuzzy fuzzy) {
            Term term = new Term(fuzzy.field(), fuzzy.value());
            return boost(new FuzzyQuery(term, fuzzy.edits(), 0, MAX_EXPANSIONS, true), fuzzy.boost());
        }
        if (node instanceof QueryNode.Prefix prefix) {
            return boost(new PrefixQuery(new Term(prefix.field(), prefix.value())), prefix.boost());
        }
        if (node instanceof QueryNode.DisMax disMax) {
            return new DisjunctionMaxQuery(
                    disMax.alternatives().stream().map(LuceneQueries::toLucene).toList(), disMax.tieBreaker());
        }
        if (node instanceof QueryNode.Bool bool) {
            BooleanQuery.Builder builder = new BooleanQuery.Builder();
            bool.must().forEach(clause -> builder.add(toLucene(clause), Occur.MUST));
            bool.should().forEach(clause -> builder.add(toLucene(clause), Occur.SHOULD));
            bool.mustNot().forEach(clause -> builder.add(toLucene(clause), Occur.MUST_NOT));
            bool.filter().forEach(clause -> builder.add(toLucene(clause), Occur.FILTER));
            return builder.setMinimumNumberShouldMatch(bool.minimumShouldMatch())
                    .build();
        }
        return new MatchAllDocsQuery();
    }

    // Like Elasticsearch: a boost of 1 adds no wrapper.
    private static Query boost(Query query, float boost) {
        return boost == 1f ? query : new BoostQuery(query, boost);
    }
}
