package org.kepu.content.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kepu.content.ContentKey;
import org.kepu.content.article.Article;
import org.kepu.content.article.ArticleDraft;
import org.kepu.content.article.Articles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest(properties = "kepu.jobs.enabled=false")
class ViewCounterTests {

    @Autowired
    ViewCounter views;

    @Autowired
    Articles articles;

    @Autowired
    JdbcClient jdbc;

    @Test
    void countsAreWrittenOnFlushAndAddUpPerDay() {
        Article article = published("高血压饮食要点");

        views.record(ContentKey.article(article.getId()));
        views.record(ContentKey.article(article.getId()));
        views.flush();
        views.record(ContentKey.article(article.getId()));
        views.flush();
        views.flush();

        assertThat(articles.find(article.getId()).orElseThrow().getViewCount()).isEqualTo(3);
        assertThat(jdbc.sql("select sum(views) from view_daily where content_type = 'article' and content_id = ?")
                        .param(article.getId())
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
    }

    @Test
    void mostReadListsTheBusiestPublishedArticlesFirst() {
        Article quiet = published("安静的文章");
        Article busy = published("热门的文章");
        Article draft = articles.create(draft("草稿也被读过"));
        for (int i = 0; i < 5; i++) {
            views.record(ContentKey.article(busy.getId()));
        }
        views.record(ContentKey.article(quiet.getId()));
        views.record(ContentKey.article(draft.getId()));
        views.flush();

        List<Article> top = articles.mostReadSince(LocalDate.now().minusDays(7), 50);

        assertThat(top).extracting(Article::getId).containsSubsequence(busy.getId(), quiet.getId());
        assertThat(top).extracting(Article::getId).doesNotContain(draft.getId());
    }

    private Article published(String title) {
        Article article = articles.create(draft(title));
        return articles.publish(article.getId());
    }

    private static ArticleDraft draft(String title) {
        return new ArticleDraft(
                title, title, "<p>" + title + "</p>", null, null, List.of(), null, null, List.of(), null);
    }
}
