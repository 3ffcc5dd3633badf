package org.kepu.search;

/**
 * One result.
 *
 * @param id the document id
 * @param type the document type
 * @param title the plain title (escape it like any text)
 * @param url where the portal shows the document
 * @param highlight HTML-safe snippet: matched terms are wrapped in {@code <em>}, everything else is
 *     HTML-escaped, so it may be rendered unescaped
 */
public record SearchHit(String id, String type, String title, String url, String highlight) {}
