package org.kepu.portal.language;

/**
 * One {@code <link rel="alternate" hreflang>} of a page's head: the page in a language. The layout
 * gets them by path ({@code LanguageModel}); a page whose versions live at other paths (an article
 * and its translation) names them itself.
 */
public record Alternate(String hreflang, String href) {}
