package org.kepu.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The analysis both engines receive: grams, words, pinyin, synonyms, suggestion keys, parsing of typed text. */
class ChineseAnalysisTests {

    @Test
    void gramsAreHanCharactersAndLowerCaseLatinWordsAfterWidthNormalization() {
        assertThat(TextAnalysis.grams("５Ｇ网络与COVID-19")).containsExactly("5g", "网", "络", "与", "covid", "19");
    }

    @Test
    void wordsComeFromTheSmartcnSegmenterWithoutPunctuation() {
        assertThat(TextAnalysis.words("沙尘暴来了，怎么办？")).contains("沙尘暴").doesNotContain("，", "？");
    }

    @Test
    void pinyinSplitsTypedLettersIntoTheFewestSyllables() {
        assertThat(Pinyin.syllables("科普")).containsExactly("ke", "pu");
        assertThat(Pinyin.split("kepu")).contains(List.of("ke", "pu"));
        assertThat(Pinyin.split("yingjibixian")).contains(List.of("ying", "ji", "bi", "xian"));
        assertThat(Pinyin.split("xyz")).isEmpty();
    }

    @Test
    void suggestionKeysStartAtEveryWordAsTextPinyinAndInitials() {
        Suggestions.Keys keys = Suggestions.keys("科普大篷车进乡村");

        assertThat(keys.text()).contains("科普大篷车进乡村", "大篷车进乡村");
        assertThat(keys.pinyin()).first().asString().startsWith("kepu");
        assertThat(keys.initials()).first().asString().startsWith("kp");
    }

    @Test
    void popularQueriesComeBeforeTitlesWithoutDuplicates() {
        assertThat(Suggestions.merge(List.of("科普日", "科普"), List.of("科普", "科普大篷车"), 3))
                .containsExactly("科普日", "科普", "科普大篷车");
    }

    @Test
    void captionWordsToSuggestAreMostOftenSaidFirstWithoutFillersAndJoinUnknownWords() {
        List<String> cues = List.of("大家好，我们用雷达扫描矿区", "扫描得到的是点云，点云里有很多个点", "雷达扫描要仔细", "再用全站仪测量");
        List<String> spoken =
                Suggestions.spoken(cues, cues.stream().map(TextAnalysis::words).toList());

        assertThat(spoken).startsWith("扫描", "雷达").contains("点云", "矿区", "全站仪").doesNotContain("我们", "大家");
        assertThat(spoken).noneMatch(word -> word.contains("的") || word.contains("是") || word.length() < 2);
    }

    @Test
    void captionWordsGetAQuarterOfThePlacesWhenTitlesWouldFillThemAll() {
        List<String> titles = List.of("雷锋精神进社区", "雷电天气防护", "雷暴来了怎么办", "雷击急救");

        assertThat(Suggestions.merge(List.of(), titles, List.of("雷达"), 4))
                .containsExactly("雷锋精神进社区", "雷电天气防护", "雷暴来了怎么办", "雷达");
        assertThat(Suggestions.merge(List.of(), titles.subList(0, 1), List.of("雷达", "雷声"), 4))
                .containsExactly("雷锋精神进社区", "雷达", "雷声");
        assertThat(Suggestions.spokenMatching("leida", List.of(List.of("扫描", "雷达"), List.of("雷达", "雷声")), 5))
                .containsExactly("雷达");
    }

    @Test
    void typedTextSplitsIntoQuotedPhrasesExclusionsAndFreeText() {
        UserQuery query = UserQuery.parse("沙尘暴 \"口罩\" -儿童 a-b \"未闭合");

        assertThat(query.phrases()).containsExactly("口罩");
        assertThat(query.excluded()).containsExactly("儿童");
        assertThat(query.free()).contains("沙尘暴", "a-b", "未闭合").doesNotContain("\"");
    }

    @Test
    void synonymFilesHaveOneGroupPerLineAndComments() {
        String text = "# 注释\n西红柿, 番茄\n单独一个\n土豆，马铃薯 # 全角逗号\n";

        List<Set<String>> groups = SynonymSource.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));

        assertThat(groups).containsExactly(Set.of("西红柿", "番茄"), Set.of("土豆", "马铃薯"));
        assertThat(SynonymSource.classpathDefault().groups()).contains(Set.of("西红柿", "番茄"));
    }

    @Test
    void snippetsMarkWholeLatinWordsOnlyAndEscapeEverythingElse() {
        String snippet = Snippets.of("", "said AI <b>人工智能</b>", List.of("ai", "人工智能"));

        assertThat(snippet).isEqualTo("said <em>AI</em> &lt;b&gt;<em>人工智能</em>&lt;&#x2F;b&gt;");
    }

    @Test
    void aCursorRoundTripsAndRejectsTamperingOrAnotherOrder() {
        String encoded = new Cursor(SearchSort.NEWEST, "1700000000000", "article:7").encode();

        assertThat(Cursor.decode(encoded, SearchSort.NEWEST))
                .contains(new Cursor(SearchSort.NEWEST, "1700000000000", "article:7"));
        assertThat(Cursor.decode(encoded, SearchSort.RELEVANCE)).isEmpty();
        assertThat(Cursor.decode("%%%", SearchSort.NEWEST)).isEmpty();
    }
}
