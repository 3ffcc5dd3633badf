package org.kepu.portal.article;

import org.kepu.content.ContentKey;
import org.kepu.content.article.Article;
import org.kepu.content.article.Articles;
import org.kepu.content.catalog.ItemUrls;
import org.kepu.content.reference.ReferenceNames;
import org.kepu.portal.image.ResponsiveImage;
import org.kepu.portal.image.ResponsiveImages;
import org.kepu.portal.pagecache.PageViews;
import org.kepu.portal.search.RelatedContent;
import org.kepu.portal.share.SiteUrls;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class ArticleController {

    private final Articles articles;
    private final ReferenceNames names;
    private final PageViews views;
    private final SiteUrls urls;
    private final RelatedContent related;
    private final ResponsiveImages images;

    ArticleController(
            Articles articles,
            ReferenceNames names,
            PageViews views,
            SiteUrls urls,
            RelatedContent related,
            ResponsiveImages images) {
        this.related = related;
        this.images = images;
        this.urls = urls;
        this.articles = articles;
        this.names = names;
        this.views = views;
    }

    @GetMapping("/articles/{id}")
    String article(@PathVariable long id, Model model) {
        Article article = articles.published(id);
        views.record(ContentKey.article(id));
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
