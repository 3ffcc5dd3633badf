package org.kepu.portal.editor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * HTML as Microsoft Word puts it on the clipboard, made plain: Word writes lists as paragraphs with
 * {@code mso-list} styles and a typed bullet, wraps text in spans with fonts, adds {@code <o:p>} and conditional
 * comments. This keeps headings, bold and italic, lists (rebuilt as {@code <ul>}/{@code <ol>}, nested by level),
 * tables and paragraphs, and drops the rest; the sanitizer runs afterwards as for any HTML.
 */
final class WordHtml {

    private static final Pattern WORD =
            Pattern.compile("urn:schemas-microsoft-com:office|class=\"?Mso|mso-[a-z-]+\\s*:", Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST_LEVEL = Pattern.compile("mso-list:\\s*(l\\d+)\\s+level(\\d+)");
    private static final Pattern ORDERED_MARK =
            Pattern.compile("^[(（]?([0-9]{1,3}|[a-zA-Z]|[ivxlcIVXLC]{1,5}|[一二三四五六七八九十]{1,3})[.)、．）]");
    private static final Pattern CJK_WRAP =
            Pattern.compile("(?<=[\\p{IsHan}，。、；：！？）”])[ \\t]*\\r?\\n\\s*(?=[\\p{IsHan}（“])");
    private static final List<String> DROPPED =
            List.of("style", "meta", "link", "title", "script", "xml", "head", "o|p", "v|shapetype", "v|shape");

    private WordHtml() {}

    /** Whether the HTML came from Word (or another Office program). */
    static boolean isWord(String html) {
        return html != null && WORD.matcher(html).find();
    }

    /** The HTML with Word's markup turned into plain structure; other HTML is returned unchanged. */
    static String clean(String html) {
        if (!isWord(html)) {
            return html;
        }
        Document document = Jsoup.parse(html);
        removeComments(document);
        for (String selector : DROPPED) {
            document.select(selector).remove();
        }
        rebuildLists(document.body());
        // the typed bullet or number of a list paragraph (read above); the list element brings its own
        document.select("[style~=(?i)mso-list:\\s*ignore]").remove();
        document.select("p.MsoTitle").tagName("h2");
        keepEmphasis(document.body());
        document.select("span, font, div, a:not([href])").unwrap();
        document.select("p").forEach(p -> {
            if (p.text().isBlank() && p.select("img, br").isEmpty()) {
                p.remove();
            }
        });
        for (Element element : document.body().getAllElements()) {
            element.removeAttr("class").removeAttr("style").removeAttr("lang");
        }
        joinWrappedLines(document);
        document.outputSettings().prettyPrint(false);
        return document.body().html().strip();
    }

    private static void removeComments(Document document) {
        List<Node> comments = new ArrayList<>();
        NodeTraversor.traverse(
                (NodeVisitor) (node, depth) -> {
                    if (node instanceof Comment) {
                        comments.add(node);
                    }
                },
                document);
        comments.forEach(Node::remove);
    }

    /**
     * Word wraps its HTML source at about 80 characters, inside sentences; a browser shows such a line break as a
     * space, which is wrong between Chinese characters. Also keeps the result free of blank lines, so that it
     * stays one HTML block when pasted into Markdown.
     */
    private static void joinWrappedLines(Document document) {
        NodeTraversor.traverse(
                (NodeVisitor) (node, depth) -> {
                    if (node instanceof TextNode text && text.getWholeText().contains("\n")) {
                        text.text(CJK_WRAP.matcher(text.getWholeText())
                                .replaceAll("")
                                .replaceAll("\\s*\\n\\s*", " "));
                    }
                },
                document.body());
    }

    /** Consecutive list paragraphs become one list, nested by their level, ordered when the mark is a number. */
    private static void rebuildLists(Element body) {
        for (Element paragraph : body.select("p[style~=(?i)mso-list:\\s*l\\d+\\s+level\\d+]")) {
            if (paragraph.parent() == null) {
                continue; // already moved into a list built from an earlier paragraph
            }
            Deque<Element> open = new ArrayDeque<>();
            Element current = paragraph;
            while (current != null && level(current) > 0) {
                Element next = current.nextElementSibling();
                int level = level(current);
                while (open.size() > level) {
                    open.pop();
                }
                while (open.size() < level) {
                    Element list = new Element(ordered(current) ? "ol" : "ul");
                    if (open.isEmpty()) {
                        current.before(list);
                    } else {
                        Element last = open.peek().children().last();
                        (last != null ? last : open.peek()).appendChild(list);
                    }
                    open.push(list);
                }
                Element item = new Element("li");
                item.appendChildren(List.copyOf(current.childNodes()));
                open.peek().appendChild(item);
                current.remove();
                current = next;
            }
        }
    }

    private static int level(Element paragraph) {
        Matcher matcher = LIST_LEVEL.matcher(paragraph.attr("style").toLowerCase(Locale.ROOT));
        return paragraph.tagName().equals("p") && matcher.find() ? Integer.parseInt(matcher.group(2)) : 0;
    }

    private static boolean ordered(Element paragraph) {
        Element mark = paragraph.selectFirst("[style~=(?i)mso-list:\\s*ignore]");
        String text = mark == null ? "" : mark.text().strip();
        return ORDERED_MARK.matcher(text).find();
    }

    /** Word often marks bold and italic with styles on spans rather than with tags. */
    private static void keepEmphasis(Element body) {
        for (Element span : body.select("span[style]")) {
            String style = span.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
            if (style.contains("font-weight:bold") || style.contains("font-weight:700")) {
                span.wrap("<strong></strong>");
            }
            if (style.contains("font-style:italic")) {
                span.wrap("<em></em>");
            }
        }
    }
}
