package org.kepu.search;

/**
 * One value of a facet and how many matching documents have it.
 *
 * @param value the keyword, e.g. {@code 老年人} or {@code 2024}
 * @param count matching documents with this value
 */
public record FacetValue(String value, long count) {}
