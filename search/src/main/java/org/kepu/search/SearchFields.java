package org.kepu.search;

/** The one place that names index fields and their weights, shared by every engine. */
final class SearchFields {

    static final String ID = "id";
    static final String TYPE = "type";
    static final String TITLE = "title";
    static final String SUMMARY = "summary";
    static final String BODY = "body";
    static final String URL = "url";
    static final String COLUMN = "column";
    static final String AUDIENCE = "audience";
    static final String TOWN = "town";
    static final String PUBLISHED_AT = "publishedAt";

    static final float TITLE_BOOST = 3f;
    static final float SUMMARY_BOOST = 2f;
    static final float BODY_BOOST = 1f;

    /** Analyzed fields, most important first. */
    static final String[] TEXT = {TITLE, SUMMARY, BODY};

    /** Fields that snippets are cut from, preferred first. */
    static final String[] SNIPPET = {SUMMARY, BODY};

    private SearchFields() {}

    static float boost(String field) {
        return switch (field) {
            case TITLE -> TITLE_BOOST;
            case SUMMARY -> SUMMARY_BOOST;
            default -> BODY_BOOST;
        };
    }
}
