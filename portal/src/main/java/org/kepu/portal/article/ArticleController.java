package org.kepu.portal.article;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.kepu.content.ContentKey;
import org.kepu.content.article.Article;
import org.kepu.content.article.ArticleNotFound;
import org.kepu.content.article.Articles;
import org.kepu.content.catalog.Catalog;
import org.kepu.content.catalog.ItemUrls;
import org.kepu.content.catalog.PublicItem;
import org.kepu.content.reference.ReferenceNames;
import org.kepu.portal.image.ResponsiveImage;
import org.kepu.portal.image.ResponsiveImages;
import org.kepu.portal.language.Alternate;
import org.kepu.portal.language.Language;
import org.kepu.portal.pagecache.PageViews;
import org.kepu.portal.search.RelatedContent;
import org.kepu.portal.share.SiteUrls;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class ArticleController {

    /** A link to the article's version in another language, on that language's page. */
    record VersionLink(String lang, String title, String href) {}

    private final Articles articles;
    private final ReferenceNames names;
    private final PageViews views;
    private final SiteUrls urls;
    private final RelatedContent related;
    private final ResponsiveImages images;
    private final Catalog catalog;

    ArticleController(
            Articles articles,
            ReferenceNames names,
            PageViews views,
            SiteUrls urls,
            RelatedContent related,
            ResponsiveImages images,
            Catalog catalog) {
        this.catalog = catalog;
        this.related = related;
        this.images = images;
        this.urls = urls;
        this.articles = articles;
        this.names = names;
        this.views = views;
    }

    /**
     * An article in its own language. Where the page's language has a version of it, that version is
     * read here instead (the language switch lands on it); a Mongolian text is always read on a
     * Mongolian page, where it is laid out vertically.
     */
    @GetMapping("/articles/{id}")
    String article(@PathVariable long id, HttpServletRequest request, Model model) {
        Article article = articles.published(id);
        PublicItem item = catalog.find(ContentKey.article(id)).orElseThrow(() -> new ArticleNotFound(id));
        Language page = Language.of(request);
        if (!item.isIn(page.code())) {
            Optional<PublicItem.Version> here = item.version(page.code());
            if (here.isPresent()) {
                return "redirect:" + here.get().url();
            }
            if (item.isIn(Language.MONGOLIAN.code())) {
                return "redirect:" + urls.in(Language.MONGOLIAN, item.url());
            }
        }
        views.record(ContentKey.article(id));
        Language written = Language.ofCode(item.lang()).orElse(Language.CHINESE);
        model.addAttribute("textLang", written.tag());
        model.addAttribute(
                "versions",
                item.versions().stream()
                        .map(v -> new VersionLink(
                                v.lang(),
                                v.title(),
                                urls.in(Language.ofCode(v.lang()).orElse(Language.CHINESE), v.url())))
                        .toList());
        if (!item.versions().isEmpty()) {
            String chinese = item.version(Language.CHINESE.code())
                    .map(PublicItem.Version::url)
                    .orElse(item.url());
            String mongolian = item.version(Language.MONGOLIAN.code())
                    .map(PublicItem.Version::url)
                    .orElse(item.url());
            model.addAttribute(
                    "alternates",
                    List.of(
                            new Alternate(Language.CHINESE.tag(), urls.in(Language.CHINESE, chinese)),
                            new Alternate(Language.MONGOLIAN.tag(), urls.in(Language.MONGOLIAN, mongolian)),
                            new Alternate("x-default", urls.in(Language.CHINESE, chinese))));
        }
        model.addAttribute("article", article);
        model.addAttribute("column", names.column(article.getColumnId()).orElse(null));
        model.addAttribute("town", names.town(article.getTownCode()).orElse(null));
        model.addAttribute("audiences", names.audiences(article.getAudienceCodes()));
        model.addAttribute("readingMinutes", ReadingTime.minutes(article.getBodyHtml()));
        model.addAttribute("related", related.cards(ContentKey.article(id).toString()));
        model.addAttribute("itemUrl", ItemUrls.article(id));
        model.addAttribute("canonical", urls.absolute(ItemUrls.article(id)));
        model.addAttribute("pageDescription", article.getSummary());
        model.addAttribute("ogType", "article");
        ResponsiveImage cover = images.cover(article.getCoverKey());
        if (cover != null) {
            model.addAttribute("ogImage", urls.resource(cover.largest()));
        }
        return "article/detail";
    }
}
