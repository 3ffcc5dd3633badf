package org.kepu.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Cuts HTML-safe snippets from summary or body with Lucene's unified highlighter. The formatter escapes the
 * source text and only then adds {@code <em>}, so a {@code <script>} in a body arrives as text.
 */
final class LuceneHighlighter {

    static final String PRE_TAG = "<em>";
    static final String POST_TAG = "</em>";
    private static final int SNIPPET_LENGTH = 100;

    private final Analyzer analyzer;

    LuceneHighlighter(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** One snippet per document id, in the order given. */
    String[] highlight(IndexSearcher searcher, Query query, int[] docIds) throws IOException {
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter(PRE_TAG, POST_TAG, "…", true))
                .withBreakIterator(LuceneHighlighter::snippetBoundaries)
                .withMaxNoHighlightPassages(0) // no match: we choose the fallback ourselves
                .build();
        int[] onePassage = new int[SearchFields.SNIPPET.length];
        Arrays.fill(onePassage, 1);
        Map<String, String[]> byField = highlighter.highlightFields(SearchFields.SNIPPET, query, docIds, onePassage);
        String[] snippets = new String[docIds.length];
        for (int i = 0; i < docIds.length; i++) {
            snippets[i] = firstMatch(byField, i);
            if (snippets[i] == null) {
                snippets[i] = leadingText(searcher.storedFields().document(docIds[i]));
            }
        }
        return snippets;
    }

    private static String firstMatch(Map<String, String[]> byField, int index) {
        for (String field : SearchFields.SNIPPET) {
            String snippet = byField.get(field)[index];
            if (snippet != null && !snippet.isEmpty()) {
                return snippet;
            }
        }
        return null;
    }

    // Nothing matched in summary or body (for example only the title did): show how the summary begins.
    private static String leadingText(Document stored) {
        String text = stored.get(SearchFields.SUMMARY);
        if (text == null || text.isBlank()) {
            text = stored.get(SearchFields.BODY);
        }
        if (text == null) {
            return "";
        }
        int end = text.offsetByCodePoints(0, Math.min(SNIPPET_LENGTH, text.codePointCount(0, text.length())));
        return escape(text.substring(0, end).strip()) + (end < text.length() ? "…" : "");
    }

    private static BreakIterator snippetBoundaries() {
        return LengthGoalBreakIterator.createClosestToLength(
                BreakIterator.getSentenceInstance(Locale.CHINA), SNIPPET_LENGTH, 0.5f);
    }

    /** The same escaping as {@link DefaultPassageFormatter}, for text that did not pass through it. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#x27;");
                case '/' -> escaped.append("&#x2F;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
