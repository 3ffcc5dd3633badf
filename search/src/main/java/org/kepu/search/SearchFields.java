package org.kepu.search;

import java.util.List;

/** The one place that names index fields and their weights, shared by every engine. */
final class SearchFields {

    // Keywords: filters, facets, sorting. Stored for hits.
    static final String ID = "id";
    static final String TYPE = "type";
    static final String COLUMN = "column";
    static final String AUDIENCE = "audience";
    static final String TOWN = "town";
    static final String YEAR = "year";
    /** Absent on documents indexed before languages: those are Chinese. */
    static final String LANG = "lang";
    /** The languages of a video's caption cues other than its own: a Mongolian track makes it a Mongolian result. */
    static final String CUE_LANG = "cue_lang";

    static final String URL = "url";
    static final String PUBLISHED_AT = "publishedAt";
    static final String VIEW_COUNT = "viewCount";
    static final String VERSION = "version";

    // The source text: stored for hits and snippets, not searched directly.
    static final String TITLE = "title";
    static final String SUMMARY = "summary";
    static final String BODY = "body";

    // Our tokens, joined by spaces; each engine only splits them on whitespace.
    static final String TITLE_GRAMS = "title_g";
    static final String SUMMARY_GRAMS = "summary_g";
    static final String BODY_GRAMS = "body_g";
    static final String TITLE_WORDS = "title_w";
    static final String SUMMARY_WORDS = "summary_w";
    static final String BODY_WORDS = "body_w";
    /** A video's caption cues, one value per cue (a phrase never spans two cues: both engines leave a gap). */
    static final String CUES_GRAMS = "cues_g";

    static final String CUES_WORDS = "cues_w";
    static final String TITLE_PINYIN = "title_py";
    static final String TITLE_INITIALS = "title_pyi";

    // The cues as shown in moments: start seconds and text, parallel lists in cue order; stored, not searched.
    static final String CUE_SECONDS = "cue_at";
    static final String CUE_TEXTS = "cue_text";

    /** Gap between the values of a multi-valued text field: Elasticsearch's default {@code position_increment_gap}. */
    static final int POSITION_GAP = 100;

    // Keywords for suggestions: the title from each word start on, as text, pinyin and initials.
    static final String SUGGEST = "suggest";
    static final String SUGGEST_PINYIN = "suggest_py";
    static final String SUGGEST_INITIALS = "suggest_pyi";

    // Keywords for suggestions from what a video says: its caption words (stored, offered as they are), as pinyin
    // and as initials.
    static final String SPOKEN = "spoken";
    static final String SPOKEN_PINYIN = "spoken_py";
    static final String SPOKEN_INITIALS = "spoken_pyi";

    /** Keyword fields that facets count, in {@link SearchHits#FACETS} order. */
    static final List<String> FACETS = List.of(TYPE, COLUMN, AUDIENCE, TOWN, YEAR);

    /** Fields with whitespace-separated tokens. */
    static final List<String> ANALYZED = List.of(
            TITLE_GRAMS,
            SUMMARY_GRAMS,
            BODY_GRAMS,
            TITLE_WORDS,
            SUMMARY_WORDS,
            BODY_WORDS,
            TITLE_PINYIN,
            TITLE_INITIALS);

    /** Keyword fields (one or more values each). */
    static final List<String> KEYWORDS = List.of(
            ID,
            TYPE,
            COLUMN,
            AUDIENCE,
            TOWN,
            YEAR,
            LANG,
            CUE_LANG,
            SUGGEST,
            SUGGEST_PINYIN,
            SUGGEST_INITIALS,
            SPOKEN,
            SPOKEN_PINYIN,
            SPOKEN_INITIALS);

    /** A searchable text: its gram and word fields and its weight. */
    record Text(String grams, String words, float boost) {}

    /** Per-cue token fields: a list of values, one per cue. */
    static final List<String> CUE_ANALYZED = List.of(CUES_GRAMS, CUES_WORDS);

    /**
     * Title weighs more than summary, summary more than body; captions least: spoken words are looser than written
     * ones, so a title match must beat a word said once, while many matching cues still add up (term frequency).
     */
    static final List<Text> TEXTS = List.of(
            new Text(TITLE_GRAMS, TITLE_WORDS, 3f),
            new Text(SUMMARY_GRAMS, SUMMARY_WORDS, 2f),
            new Text(BODY_GRAMS, BODY_WORDS, 1f),
            new Text(CUES_GRAMS, CUES_WORDS, 0.8f));

    private SearchFields() {}
}
