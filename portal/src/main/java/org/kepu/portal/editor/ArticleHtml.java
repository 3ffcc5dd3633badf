package org.kepu.portal.editor;

import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.kepu.portal.image.ResponsiveImages;
import org.kepu.portal.web.SafeHtml;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Article bodies: Markdown (what editors write, with pasted plain text kept as paragraphs) or HTML
 * (what other platforms send), always ending as allow-listed HTML.
 */
@Component
public class ArticleHtml {

    private final Parser parser =
            Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .extensions(List.of(TablesExtension.create()))
            .softbreak("<br>")
            .build();
    private final ResponsiveImages images;

    ArticleHtml(ResponsiveImages images) {
        this.images = images;
    }

    public String fromMarkdown(String markdown) {
        return SafeHtml.sanitize(images.withSrcset(renderer.render(parser.parse(markdown == null ? "" : markdown))));
    }

    /**
     * The Markdown an editor edits for a body stored only as HTML (demo content, the article API): the stored
     * HTML is sanitized, so its entities ({@code &#xff0c;}) decode back to the characters a writer typed.
     */
    public String toMarkdown(String html) {
        return HtmlToMarkdown.convert(html);
    }

    public String fromHtml(String html) {
        return SafeHtml.sanitize(images.withSrcset(html == null ? "" : WordHtml.clean(html)));
    }

    /**
     * HTML pasted into the editor, cleaned (Word's markup made plain) and sanitized, on one line so that it stays
     * one HTML block inside the Markdown body.
     */
    public String pasted(String html) {
        return SafeHtml.sanitize(WordHtml.clean(html == null ? "" : html)).replaceAll("\\s*\\n\\s*", " ");
    }

    /** Images without a text alternative, by their address: readers with screen readers need one. */
    public List<String> imagesWithoutAlt(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        return document.select("img").stream()
                .filter(img -> img.attr("alt").isBlank())
                .map(img -> img.attr("src"))
                .toList();
    }

    /** The HTML with every occurrence of the words marked, for the editor's preview. */
    public String highlight(String html, List<String> words) {
        if (words.isEmpty()) {
            return html;
        }
        Document document = Jsoup.parseBodyFragment(html);
        for (Element element : document.body().getAllElements()) {
            for (var node : List.copyOf(element.textNodes())) {
                String text = HtmlUtils.htmlEscape(node.getWholeText());
                String marked = text;
                for (String word : words) {
                    marked = marked.replace(
                            HtmlUtils.htmlEscape(word), "<mark>" + HtmlUtils.htmlEscape(word) + "</mark>");
                }
                if (!marked.equals(text)) {
                    node.before(marked);
                    node.remove();
                }
            }
        }
        return document.body().html();
    }
}
