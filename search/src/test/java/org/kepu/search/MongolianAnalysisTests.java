package org.kepu.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kepu.search.MongolianScript.of;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** Traditional Mongolian in the analysis both engines receive: one spelling per word, suffixes apart from stems. */
class MongolianAnalysisTests {

    private static final String NNBSP = "\u202F";

    @Test
    void standardTokenizerAloneKeepsEveryMarkAndSuffixInsideTheWord() throws IOException {
        // Why TextAnalysis normalizes first: these three spellings of words would be different tokens.
        assertThat(standardTokens(of("nig1UrsUn tariy_a temegen-U")))
                .containsExactly(of("nig1UrsUn"), of("tariy_a"), of("temegen-U"));
        assertThat(standardTokens(of("tal_a, qur_a."))).containsExactly(of("tal_a"), of("qur_a"));
    }

    @Test
    void variationSelectorsVowelSeparatorAndJoinersDoNotChangeTheTokens() {
        assertThat(TextAnalysis.grams(of("nig1UrsUn nig2UrsU3n nigUrsUn4"))).containsOnly(of("nigUrsUn"));
        assertThat(TextAnalysis.grams(of("tariy_a"))).containsExactly(of("tariya"));
        assertThat(TextAnalysis.grams(of("qu\u200Dr\u200Ca"))).containsExactly(of("qura"));
    }

    @Test
    void aSuffixAfterNnbspIsItsOwnTokenAfterTheStem() {
        assertThat(TextAnalysis.grams(of("temegen-U sUn"))).containsExactly(of("temegen"), NNBSP + of("U"), of("sUn"));
        assertThat(TextAnalysis.grams(of("gal-un ayulgUi-yin")))
                .containsExactly(of("gal"), NNBSP + of("un"), of("ayulgUi"), NNBSP + of("yin"));
    }

    @Test
    void mongolianPunctuationIsNotATokenAndLatinAndDigitsStayAsTheyAre() {
        assertThat(TextAnalysis.grams(of("tal_a, qur_a. ") + "\u1800\u1801\u1805\u180A 5G 2024"))
                .containsExactly(of("tala"), of("qura"), "5g", "2024");
    }

    @Test
    void anNnbspThatStartsNoSuffixIsASpaceAsBefore() {
        assertThat(TextAnalysis.normalize("10" + NNBSP + "km")).isEqualTo("10 km");
        assertThat(TextAnalysis.normalize("科普\u200D")).isEqualTo("科普\u200D");
    }

    @Test
    void wordsKeepAMongolianWordWithItsSuffixesBesideChineseWords() {
        assertThat(TextAnalysis.words(of("temegen-U sUn") + " 沙尘暴来了"))
                .containsExactly(of("temegen-U"), of("sUn"), "沙尘暴", "来", "了");
    }

    @Test
    void suggestionKeysIgnoreMarksAndSuffixBoundaries() {
        Suggestions.Keys keys = Suggestions.keys(of("temegen-U sUn-U tOrOl"));

        assertThat(keys.text()).contains(of("temegenUsUnUtOrOl"), of("sUnUtOrOl"), of("tOrOl"));
        assertThat(Suggestions.key(of("teme1ge"))).isEqualTo(of("temege"));
        assertThat(Suggestions.key(of("temegen-U s"))).isEqualTo(of("temegenUs"));
    }

    @Test
    void aStemWithItsSuffixIsOneQueryUnit() {
        QueryPlanner planner = new QueryPlanner(SynonymSource.classpathDefault());

        List<QueryPlanner.Unit> units = planner.units(TextAnalysis.grams(of("temegen-U sUn")));

        assertThat(units)
                .extracting(QueryPlanner.Unit::tokens)
                .containsExactly(List.of(of("temegen"), NNBSP + of("U")), List.of(of("sUn")));
    }

    @Test
    void particlesAreStopwordsLikeChineseFunctionWords() {
        QueryPlanner planner = new QueryPlanner(SynonymSource.classpathDefault());

        assertThat(planner.units(TextAnalysis.grams(of("temegen ba qonin bol"))))
                .extracting(QueryPlanner.Unit::tokens)
                .containsExactly(List.of(of("temegen")), List.of(of("qonin")));
    }

    private static List<String> standardTokens(String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (StandardTokenizer tokenizer = new StandardTokenizer()) {
            tokenizer.setReader(new StringReader(text));
            CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                tokens.add(term.toString());
            }
            tokenizer.end();
        }
        return tokens;
    }
}
