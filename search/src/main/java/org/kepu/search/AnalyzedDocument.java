package org.kepu.search;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link SearchDocument} with our analysis applied: the token fields (tokens joined by single spaces) and the
 * keyword fields, exactly as both engines receive them.
 *
 * @param source the document
 * @param tokens per analyzed field ({@link SearchFields#ANALYZED}), the tokens joined by spaces
 * @param keywords per keyword field ({@link SearchFields#KEYWORDS}), its values
 * @param cueTokens per cue field ({@link SearchFields#CUE_ANALYZED}), the tokens of each indexed cue
 * @param cues the cues indexed: those that fit in {@link TextAnalysis#MAX_CHARS}, as for any other text
 */
record AnalyzedDocument(
        SearchDocument source,
        Map<String, String> tokens,
        Map<String, List<String>> keywords,
        Map<String, List<String>> cueTokens,
        List<SearchDocument.Cue> cues) {

    /** Years are counted in China time, where the content is published. */
    static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    static AnalyzedDocument of(SearchDocument doc) {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put(SearchFields.TITLE_GRAMS, join(TextAnalysis.grams(doc.title())));
        tokens.put(SearchFields.SUMMARY_GRAMS, join(TextAnalysis.grams(doc.summary())));
        tokens.put(SearchFields.BODY_GRAMS, join(TextAnalysis.grams(doc.body())));
        tokens.put(SearchFields.TITLE_WORDS, join(TextAnalysis.words(doc.title())));
        tokens.put(SearchFields.SUMMARY_WORDS, join(TextAnalysis.words(doc.summary())));
        tokens.put(SearchFields.BODY_WORDS, join(TextAnalysis.words(doc.body())));
        List<String> syllables = Pinyin.syllables(TextAnalysis.normalize(doc.title()));
        tokens.put(SearchFields.TITLE_PINYIN, join(syllables));
        tokens.put(
                SearchFields.TITLE_INITIALS,
                join(syllables.stream().map(s -> s.substring(0, 1)).toList()));

        Map<String, List<String>> keywords = new LinkedHashMap<>();
        keywords.put(SearchFields.ID, List.of(doc.id()));
        keywords.put(SearchFields.TYPE, List.of(doc.type()));
        keywords.put(SearchFields.COLUMN, optional(doc.column()));
        keywords.put(
                SearchFields.AUDIENCE,
                doc.audiences().stream().filter(a -> !a.isBlank()).toList());
        keywords.put(SearchFields.TOWN, optional(doc.town()));
        keywords.put(
                SearchFields.YEAR,
                doc.publishedAt() == null
                        ? List.of()
                        : List.of(Integer.toString(
                                doc.publishedAt().atOffset(CHINA).getYear())));
        keywords.put(SearchFields.LANG, List.of(doc.lang()));
        keywords.put(
                SearchFields.CUE_LANG,
                doc.cues().stream()
                        .map(SearchDocument.Cue::lang)
                        .filter(lang -> lang != null && !lang.equals(doc.lang()))
                        .distinct()
                        .toList());
        Suggestions.Keys keys = Suggestions.keys(doc.title());
        keywords.put(SearchFields.SUGGEST, keys.text());
        keywords.put(SearchFields.SUGGEST_PINYIN, keys.pinyin());
        keywords.put(SearchFields.SUGGEST_INITIALS, keys.initials());
        List<SearchDocument.Cue> cues = indexedCues(doc.cues());
        List<String> cueTexts = cues.stream().map(SearchDocument.Cue::text).toList();
        List<List<String>> cueWords = cueTexts.stream().map(TextAnalysis::words).toList();
        Suggestions.Keys spoken = Suggestions.spokenKeys(Suggestions.spoken(cueTexts, cueWords));
        keywords.put(SearchFields.SPOKEN, spoken.text());
        keywords.put(SearchFields.SPOKEN_PINYIN, spoken.pinyin());
        keywords.put(SearchFields.SPOKEN_INITIALS, spoken.initials());
        Map<String, List<String>> cueTokens = new LinkedHashMap<>();
        cueTokens.put(
                SearchFields.CUES_GRAMS,
                cueTexts.stream().map(text -> join(TextAnalysis.grams(text))).toList());
        cueTokens.put(
                SearchFields.CUES_WORDS,
                cueWords.stream().map(AnalyzedDocument::join).toList());
        return new AnalyzedDocument(doc, Map.copyOf(tokens), Map.copyOf(keywords), Map.copyOf(cueTokens), cues);
    }

    // A long talk would make the index big and not the video more findable: the same cap as other texts.
    private static List<SearchDocument.Cue> indexedCues(List<SearchDocument.Cue> all) {
        List<SearchDocument.Cue> kept = new ArrayList<>();
        int chars = 0;
        for (SearchDocument.Cue cue : all) {
            if (cue.text().isEmpty()) {
                continue;
            }
            chars += cue.text().length();
            if (chars > TextAnalysis.MAX_CHARS) {
                break;
            }
            kept.add(cue);
        }
        return kept;
    }

    private static List<String> optional(String value) {
        return value == null || value.isBlank() ? List.of() : List.of(value);
    }

    private static String join(List<String> tokens) {
        return String.join(" ", new ArrayList<>(tokens));
    }
}
