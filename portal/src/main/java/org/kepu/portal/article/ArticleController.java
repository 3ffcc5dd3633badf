package org.kepu.portal.article;

import org.kepu.content.ContentKey;
import org.kepu.content.article.Article;
import org.kepu.content.article.Articles;
import org.kepu.content.column.Columns;
import org.kepu.content.reference.Audiences;
import org.kepu.content.reference.Towns;
import org.kepu.content.views.ViewCounter;
import org.kepu.portal.image.ResponsiveImage;
import org.kepu.portal.image.ResponsiveImages;
import org.kepu.portal.search.RelatedContent;
import org.kepu.portal.share.SiteUrls;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class ArticleController {

    private final Articles articles;
    private final Columns columns;
    private final Towns towns;
    private final Audiences audiences;
    private final ViewCounter views;
    private final SiteUrls urls;
    private final RelatedContent related;
    private final ResponsiveImages images;

    ArticleController(
            Articles articles,
            Columns columns,
            Towns towns,
            Audiences audiences,
            ViewCounter views,
            SiteUrls urls,
            RelatedContent related,
            ResponsiveImages images) {
        this.related = related;
        this.images = images;
        this.urls = urls;
        this.articles = articles;
        this.columns = columns;
        this.towns = towns;
        this.audiences = audiences;
        this.views = views;
    }

    @GetMapping("/articles/{id}")
    String article(@PathVariable long id, Model model) {
        Article article = articles.published(id);
        views.record(ContentKey.article(id));
        model.addAttribute("article", article);
        model.addAttribute(
                "column",
                article.getColumnId() == null
                        ? null
                        : columns.findById(article.getColumnId()).orElse(null));
        model.addAttribute(
                "town",
                article.getTownCode() == null
                        ? null
                        : towns.findByCode(article.getTownCode()).orElse(null));
        model.addAttribute(
                "audiences",
                article.getAudienceCodes().stream()
                        .flatMap(code -> audiences.findByCode(code).stream())
                        .toList());
        model.addAttribute("readingMinutes", ReadingTime.minutes(article.getBodyHtml()));
        model.addAttribute("related", related.of(ContentKey.article(id).toString()));
        model.addAttribute("canonical", urls.absolute("/articles/" + id));
        model.addAttribute("pageDescription", article.getSummary());
        model.addAttribute("ogType", "article");
        ResponsiveImage cover = images.cover(article.getCoverKey());
        if (cover != null) {
            model.addAttribute("ogImage", urls.absolute(cover.largest()));
        }
        return "article/detail";
    }
}
