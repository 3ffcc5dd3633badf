package org.kepu.content.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kepu.content.article.Article;
import org.kepu.content.article.ArticleDraft;
import org.kepu.content.article.Articles;
import org.kepu.content.column.ColumnKind;
import org.kepu.content.column.Columns;
import org.kepu.content.column.ContentColumn;
import org.kepu.content.jobs.RecordingIndexTask;
import org.kepu.content.video.NewVideo;
import org.kepu.content.video.TranscodedMedia;
import org.kepu.content.video.Video;
import org.kepu.content.video.VideoRendition;
import org.kepu.content.video.VideoRoute;
import org.kepu.content.video.Videos;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

/** The public lists' written queries (column, town, latest), paged past the first page, on H2 and PostgreSQL. */
@SpringBootTest
@Import(RecordingIndexTask.class)
class PublicListsTests {

    @Autowired
    Articles articles;

    @Autowired
    Videos videos;

    @Autowired
    Columns columns;

    @Test
    void aColumnsArticlesPageNewestFirstWithoutDrafts() {
        ContentColumn column = column();
        Article january = published("一月的文章", column.id(), "2026-01-05T08:00:00Z");
        Article march = published("三月的文章", column.id(), "2026-03-05T08:00:00Z");
        Article february = published("二月的文章", column.id(), "2026-02-05T08:00:00Z");
        articles.create(draft("还是草稿", column.id(), "2026-04-05T08:00:00Z"));

        Page<Article> first = articles.inColumn(column.id(), PageRequest.of(0, 2));
        Page<Article> second = articles.inColumn(column.id(), PageRequest.of(1, 2));

        assertThat(first.getTotalElements()).isEqualTo(3);
        assertThat(first.getTotalPages()).isEqualTo(2);
        assertThat(first.getContent()).extracting(Article::getId).containsExactly(march.getId(), february.getId());
        assertThat(second.getContent()).extracting(Article::getId).containsExactly(january.getId());
    }

    @Test
    void aTownsArticlesPageNewestFirst() {
        String town = "subuerga";
        long before = articles.inTown(town, PageRequest.of(0, 1)).getTotalElements();
        Article older = published("苏布尔嘎的旧文", null, town, "2098-01-05T08:00:00Z");
        Article newer = published("苏布尔嘎的新文", null, town, "2098-02-05T08:00:00Z");

        Page<Article> first = articles.inTown(town, PageRequest.of(0, 1));
        Page<Article> second = articles.inTown(town, PageRequest.of(1, 1));

        assertThat(first.getTotalElements()).isEqualTo(before + 2);
        assertThat(first.getContent()).extracting(Article::getId).containsExactly(newer.getId());
        assertThat(second.getContent()).extracting(Article::getId).containsExactly(older.getId());
    }

    @Test
    void aColumnsVideosAreThePlayablePublishedOnesNewestFirst() {
        ContentColumn column = column();
        Video first = videos.submit(upload("先发的视频", column.id(), true));
        transcoded(first.getId());
        Video second = videos.submit(upload("后发的视频", column.id(), true));
        transcoded(second.getId());
        Video untranscoded = videos.submit(upload("还在转码", column.id(), true));
        Video unpublished = videos.submit(upload("没有发布", column.id(), false));
        transcoded(unpublished.getId());

        Page<Video> page1 = videos.inColumn(column.id(), PageRequest.of(0, 1));
        Page<Video> page2 = videos.inColumn(column.id(), PageRequest.of(1, 1));

        assertThat(page1.getTotalElements()).isEqualTo(2);
        assertThat(page1.getContent()).extracting(Video::getId).containsExactly(second.getId());
        assertThat(page2.getContent()).extracting(Video::getId).containsExactly(first.getId());
        assertThat(videos.latest())
                .extracting(Video::getId)
                .contains(second.getId())
                .doesNotContain(untranscoded.getId(), unpublished.getId());
    }

    private ContentColumn column() {
        return columns.create(
                ContentColumn.create(
                        "lists-" + UUID.randomUUID().toString().substring(0, 8),
                        "分页栏目",
                        "测试栏目",
                        ColumnKind.SERIES,
                        1,
                        Instant.now()),
                "编辑");
    }

    private Article published(String title, Long columnId, String at) {
        return published(title, columnId, "altanxiret", at);
    }

    private Article published(String title, Long columnId, String town, String at) {
        return articles.publish(
                articles.create(draft(title, columnId, town, at)).getId());
    }

    private static ArticleDraft draft(String title, Long columnId, String at) {
        return draft(title, columnId, "altanxiret", at);
    }

    private static ArticleDraft draft(String title, Long columnId, String town, String at) {
        return new ArticleDraft(
                title,
                title + "的摘要",
                "<p>" + title + "的正文。</p>",
                "伊金霍洛科普编辑部",
                "本站编辑",
                List.of("应急"),
                columnId,
                town,
                List.of("youth"),
                Instant.parse(at));
    }

    private static NewVideo upload(String title, long columnId, boolean publish) {
        return new NewVideo(
                title,
                title + "的简介",
                columnId,
                "ejinhoro",
                List.of("youth"),
                null,
                "uploads/test/" + UUID.randomUUID() + ".mp4",
                publish ? VideoRoute.DIRECT : VideoRoute.REVIEW);
    }

    private void transcoded(long id) {
        videos.transcoded(
                id,
                new TranscodedMedia(
                        "videos/" + id + "/m1", 640, 360, 6, List.of(new VideoRendition(640, 360, 900_000))));
    }
}
