package org.kepu.portal.contest;

import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.kepu.content.contest.Contest;
import org.kepu.portal.editor.ArticleHtml;
import org.springframework.stereotype.Component;

/**
 * A contest's rules: written as Markdown, published through the same sanitized path as article
 * bodies. Contests defined before the form had Markdown keep only HTML; their paragraphs and lists
 * are turned back into Markdown for editing, so the admin never sees tags.
 */
@Component
class ContestRules {

    private final ArticleHtml html;

    ContestRules(ArticleHtml html) {
        this.html = html;
    }

    String html(String markdown) {
        return html.fromMarkdown(markdown == null ? "" : markdown.strip());
    }

    String markdown(Contest contest) {
        if (contest.rulesSource() != null) {
            return contest.rulesSource();
        }
        return Jsoup.parseBodyFragment(contest.rulesHtml()).body().children().stream()
                .map(ContestRules::block)
                .filter(b -> !b.isBlank())
                .collect(Collectors.joining("\n\n"));
    }

    private static String block(Element e) {
        return switch (e.tagName()) {
            case "p", "div" -> inline(e);
            case "h1", "h2", "h3", "h4" -> "#".repeat(Math.max(2, e.tagName().charAt(1) - '0')) + " " + inline(e);
            case "ul" -> e.children().stream().map(li -> "- " + inline(li)).collect(Collectors.joining("\n"));
            case "ol" -> {
                StringBuilder list = new StringBuilder();
                int n = 1;
                for (Element li : e.children()) {
                    list.append(list.isEmpty() ? "" : "\n")
                            .append(n++)
                            .append(". ")
                            .append(inline(li));
                }
                yield list.toString();
            }
            // anything else stays HTML: Markdown keeps HTML blocks, and the sanitizer still applies
            default -> e.outerHtml();
        };
    }

    private static String inline(Element e) {
        StringBuilder text = new StringBuilder();
        for (Node node : e.childNodes()) {
            if (node instanceof TextNode t) {
                text.append(t.text());
            } else if (node instanceof Element child) {
                switch (child.tagName()) {
                    case "br" -> text.append("\n");
                    case "strong", "b" ->
                        text.append("**").append(inline(child)).append("**");
                    case "em", "i" -> text.append("*").append(inline(child)).append("*");
                    case "a" ->
                        text.append('[')
                                .append(inline(child))
                                .append("](")
                                .append(child.attr("href"))
                                .append(')');
                    default -> text.append(inline(child));
                }
            }
        }
        return text.toString().strip();
    }
}
