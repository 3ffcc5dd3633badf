package org.kepu.search;

/**
 * Restricts results to documents with these keyword values; {@code null} or blank means "any". Filters do not change
 * scores.
 *
 * @param type {@code article}, {@code video} or {@code entry}
 * @param column the column key
 * @param audience one audience key the document must have
 * @param town the town
 * @param year the year of {@code publishedAt} in China time (UTC+8)
 */
public record SearchFilters(String type, String column, String audience, String town, Integer year) {

    private static final SearchFilters NONE = new SearchFilters(null, null, null, null, null);

    public SearchFilters {
        type = blankToNull(type);
        column = blankToNull(column);
        audience = blankToNull(audience);
        town = blankToNull(town);
    }

    /** No restriction. */
    public static SearchFilters none() {
        return NONE;
    }

    public boolean isEmpty() {
        return type == null && column == null && audience == null && town == null && year == null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
