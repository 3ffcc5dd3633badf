package org.kepu.content.article;

/** The text of an article's version in another language, given with the original ({@code zh} or {@code mn}). */
public record Translation(String lang, ArticleDraft draft, String markdown) {}
