package org.kepu.portal.article;

import org.kepu.content.article.Article;
import org.kepu.content.article.Articles;
import org.kepu.content.column.Columns;
import org.kepu.content.reference.Audiences;
import org.kepu.content.reference.Towns;
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

    ArticleController(Articles articles, Columns columns, Towns towns, Audiences audiences) {
        this.articles = articles;
        this.columns = columns;
        this.towns = towns;
        this.audiences = audiences;
    }

    @GetMapping("/articles/{id}")
    String article(@PathVariable long id, Model model) {
        Article article = articles.published(id);
        articles.recordView(id);
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
        return "article/detail";
    }
}
