package org.kepu.portal.editor;

import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.util.data.MutableDataSet;

/** Markdown back from allow-listed HTML: entities decoded, ATX headings, tables as pipes, unknown tags dropped. */
final class HtmlToMarkdown {

    private static final FlexmarkHtmlConverter CONVERTER = FlexmarkHtmlConverter.builder(new MutableDataSet()
                    .set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false)
                    // keep “” ‘’ … — as the writer typed them, not as ASCII quotes, dots and dashes
                    .set(FlexmarkHtmlConverter.TYPOGRAPHIC_QUOTES, false)
                    .set(FlexmarkHtmlConverter.TYPOGRAPHIC_SMARTS, false)
                    .set(FlexmarkHtmlConverter.OUTPUT_UNKNOWN_TAGS, false)
                    .set(FlexmarkHtmlConverter.OUTPUT_ATTRIBUTES_ID, false))
            .build();

    private HtmlToMarkdown() {}

    static String convert(String html) {
        return CONVERTER.convert(html == null ? "" : html).strip().replace('\u00a0', ' ');
    }
}
