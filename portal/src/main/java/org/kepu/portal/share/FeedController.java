package org.kepu.portal.share;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import org.kepu.content.ContentType;
import org.kepu.content.article.Article;
import org.kepu.content.article.Articles;
import org.kepu.content.catalog.Catalog;
import org.kepu.content.catalog.PublicItem;
import org.kepu.content.column.ColumnNotFound;
import org.kepu.content.column.Columns;
import org.kepu.content.column.ContentColumn;
import org.kepu.portal.language.Language;
import org.kepu.portal.web.Texts;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Atom feeds of the latest articles: the whole site and each column. */
@Controller
class FeedController {

    private static final MediaType ATOM = MediaType.valueOf("application/atom+xml;charset=UTF-8");

    private final Catalog catalog;
    private final Articles articles;
    private final Columns columns;
    private final SiteUrls urls;
    private final Texts texts;

    FeedController(Catalog catalog, Articles articles, Columns columns, SiteUrls urls, Texts texts) {
        this.texts = texts;
        this.catalog = catalog;
        this.articles = articles;
        this.columns = columns;
        this.urls = urls;
    }

    /** Each language has its feed ({@code /feed.xml}, {@code /mn/feed.xml}): items in its version where there is one. */
    @GetMapping("/feed.xml")
    ResponseEntity<String> site(HttpServletRequest request) {
        Language language = Language.of(request);
        return atom(language, texts.of("site.name"), "/feed.xml", "/", catalog.latest(ContentType.ARTICLE));
    }

    @GetMapping("/columns/{slug}/feed.xml")
    ResponseEntity<String> column(@PathVariable String slug, HttpServletRequest request) {
        Language language = Language.of(request);
        ContentColumn column = columns.findBySlug(slug).orElseThrow(() -> new ColumnNotFound(slug));
        List<PublicItem> latest = catalog.inColumn(ContentType.ARTICLE, column.id(), PageRequest.of(0, 20))
                .getContent();
        return atom(
                language,
                texts.of("feed.column", texts.of("site.name"), column.nameIn(language.code())),
                "/columns/" + slug + "/feed.xml",
                "/columns/" + slug,
                latest);
    }

    private ResponseEntity<String> atom(
            Language language, String title, String self, String page, List<PublicItem> items) {
        List<PublicItem> entries =
                items.stream().map(item -> item.in(language.code())).toList();
        Instant updated = entries.stream()
                .map(PublicItem::publishedAt)
                .max(Instant::compareTo)
                .orElse(Instant.EPOCH);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"")
                .append(language.tag())
                .append("\">\n")
                .append(element("title", title))
                .append("<link rel=\"self\" href=\"")
                .append(escape(urls.absolute(self)))
                .append("\"/>\n")
                .append("<link href=\"")
                .append(escape(urls.absolute(page)))
                .append("\"/>\n")
                .append(element("id", urls.absolute(self)))
                .append(element("updated", updated.toString()));
        for (PublicItem article : entries) {
            String link = urls.absolute(article.url());
            // an item without a version in the feed's language is shown in its own, and says so
            xml.append("<entry xml:lang=\"")
                    .append(Language.ofCode(article.lang())
                            .orElse(Language.CHINESE)
                            .tag())
                    .append("\">\n")
                    .append(element("title", article.title()))
                    .append("<link href=\"")
                    .append(escape(link))
                    .append("\"/>\n")
                    .append(element("id", link))
                    .append(element("updated", article.publishedAt().toString()))
                    .append("<author>")
                    .append(element("name", authorOf(article)))
                    .append("</author>\n")
                    .append(element("summary", article.summary()))
                    .append("</entry>\n");
        }
        return ResponseEntity.ok()
                .contentType(ATOM)
                .body(xml.append("</feed>\n").toString());
    }

    private String authorOf(PublicItem article) {
        return articles.find(article.id())
                .map(Article::getAuthor)
                .filter(author -> author != null)
                .orElseGet(() -> texts.of("site.name"));
    }

    private static String element(String name, String text) {
        return "<" + name + ">" + escape(text) + "</" + name + ">\n";
    }

    private static String escape(String text) {
        return Xml.escape(text);
    }
}
