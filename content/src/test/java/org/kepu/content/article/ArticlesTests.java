package org.kepu.content.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kepu.content.column.ColumnKind;
import org.kepu.content.column.Columns;
import org.kepu.content.column.ContentColumn;
import org.kepu.content.jobs.RecordingIndexTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@Import(RecordingIndexTask.class)
class ArticlesTests {

    @Autowired
    Articles articles;

    @Autowired
    Columns columns;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void storesAnArticleWithItsAudiencesAndTags() {
        ContentColumn column = column("yingji-" + System.nanoTime());
        Article saved = articles.create(draft("沙尘暴来了怎么办", column.id()));

        Article loaded = articles.find(saved.getId()).orElseThrow();
        assertThat(loaded.getTitle()).isEqualTo("沙尘暴来了怎么办");
        assertThat(loaded.getStatus()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(loaded.getAudienceCodes()).containsExactlyInAnyOrder("elderly", "youth");
        assertThat(loaded.getTags()).containsExactly("沙尘暴", "应急");
        assertThat(loaded.getTownCode()).isEqualTo("altanxiret");
        assertThat(loaded.getBodyHtml()).contains("<p>");
    }

    @Test
    void aDraftIsNotPublic() {
        Article draft = articles.create(draft("未发布的草稿", null));

        assertThatThrownBy(() -> articles.published(draft.getId())).isInstanceOf(ArticleNotFound.class);
    }

    @Test
    void publishingMakesItPublicAndEnqueuesItsIndexing() {
        Article draft = articles.create(draft("暴雨洪涝时如何应急避险", null));

        Article published = articles.publish(draft.getId());

        assertThat(published.getPublishedAt()).isNotNull();
        assertThat(articles.published(draft.getId()).getTitle()).isEqualTo("暴雨洪涝时如何应急避险");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> RecordingIndexTask.INDEXED.contains("article:" + draft.getId()));
    }

    @Test
    void aRolledBackPublicationEnqueuesNothing() {
        Article draft = articles.create(draft("回滚的文章", null));

        transactions.executeWithoutResult(status -> {
            articles.publish(draft.getId());
            status.setRollbackOnly();
        });

        assertThat(articles.find(draft.getId()).orElseThrow().getStatus()).isEqualTo(ArticleStatus.DRAFT);
        Article other = articles.create(draft("之后发布的文章", null));
        articles.publish(other.getId());
        await().atMost(Duration.ofSeconds(20))
                .until(() -> RecordingIndexTask.INDEXED.contains("article:" + other.getId()));
        assertThat(RecordingIndexTask.INDEXED).doesNotContain("article:" + draft.getId());
    }

    @Test
    void listsTheLatestPublishedArticlesOfAColumn() {
        ContentColumn column = column("jiankang-" + System.nanoTime());
        Article older = articles.create(draftAt("高血压饮食要点", column.id(), Instant.parse("2026-03-01T08:00:00Z")));
        Article newer = articles.create(draftAt("合理用药常识", column.id(), Instant.parse("2026-09-01T08:00:00Z")));
        articles.create(draftAt("尚未发布", column.id(), Instant.parse("2026-10-01T08:00:00Z")));
        articles.publish(older.getId());
        articles.publish(newer.getId());

        var page = articles.inColumn(column.id(), org.springframework.data.domain.PageRequest.of(0, 10));

        assertThat(page.getTotalElements()).isEqualTo(2);
        assertThat(page.getContent()).extracting(Article::getTitle).containsExactly("合理用药常识", "高血压饮食要点");
    }

    private ContentColumn column(String slug) {
        return columns.create(ContentColumn.create(slug, "应急科普", "测试栏目", ColumnKind.SERIES, 1, Instant.now()), "编辑");
    }

    private static ArticleDraft draft(String title, Long columnId) {
        return draftAt(title, columnId, null);
    }

    private static ArticleDraft draftAt(String title, Long columnId, Instant publishedAt) {
        return new ArticleDraft(
                title,
                title + "的摘要",
                "<p>" + title + "的正文。</p>",
                "伊金霍洛科普编辑部",
                "本站编辑",
                List.of("沙尘暴", "应急"),
                columnId,
                "altanxiret",
                List.of("elderly", "youth"),
                publishedAt);
    }
}
