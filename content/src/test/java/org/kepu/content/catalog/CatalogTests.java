package org.kepu.content.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kepu.content.ContentKey;
import org.kepu.content.ContentType;
import org.kepu.content.account.Account;
import org.kepu.content.account.Role;
import org.kepu.content.article.Article;
import org.kepu.content.article.ArticleDraft;
import org.kepu.content.article.Articles;
import org.kepu.content.article.Editorial;
import org.kepu.content.column.ColumnKind;
import org.kepu.content.column.Columns;
import org.kepu.content.column.ContentColumn;
import org.kepu.content.contest.Contest;
import org.kepu.content.contest.ContestFixture;
import org.kepu.content.contest.Entries;
import org.kepu.content.contest.Entry;
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

/** What the catalog promises every page, feed and search document: one rule per type, one url. */
@SpringBootTest(properties = "kepu.jobs.enabled=false")
@Import(ContestFixture.class)
class CatalogTests {

    @Autowired
    Catalog catalog;

    @Autowired
    Articles articles;

    @Autowired
    Editorial editorial;

    @Autowired
    Videos videos;

    @Autowired
    Entries entries;

    @Autowired
    ContestFixture contests;

    @Autowired
    Columns columns;

    @Test
    void aPublishedArticleIsAPublicItemWithItsPageAsUrl() {
        Article article = articles.publish(draft("沙尘暴来了怎么办").getId());

        PublicItem item = catalog.find(ContentKey.article(article.getId())).orElseThrow();

        assertThat(item.url()).isEqualTo("/articles/" + article.getId());
        assertThat(item.title()).isEqualTo("沙尘暴来了怎么办");
        assertThat(item.kind()).isEqualTo("article");
        assertThat(item.audienceCodes()).containsExactly("youth");
        assertThat(item.publishedAt()).isNotNull();
    }

    @Test
    void aDraftAndAnArticleTakenOfflineAreNotPublic() {
        Article draft = draft("还在写的草稿");
        Article offline = articles.publish(draft("下线的文章").getId());
        editorial.takeOffline(offline.getId(), "editor");

        assertThat(catalog.find(ContentKey.article(draft.getId()))).isEmpty();
        assertThat(catalog.isPublic(ContentKey.article(offline.getId()))).isFalse();
        assertThat(catalog.all(ContentType.ARTICLE).map(PublicItem::id)).doesNotContain(draft.getId(), offline.getId());
    }

    @Test
    void aVideoIsPublicOnceTranscodedAndPublishedWithItsPosterAndMp4() {
        Video video = videos.submit(upload("风从哪里来", true));
        assertThat(catalog.find(ContentKey.video(video.getId())))
                .as("still transcoding")
                .isEmpty();

        transcoded(video.getId());

        PublicItem item = catalog.find(ContentKey.video(video.getId())).orElseThrow();
        assertThat(item.url()).isEqualTo("/videos/" + video.getId());
        assertThat(item.posterUrl()).isEqualTo("/media/videos/" + video.getId() + "/poster.jpg");
        assertThat(item.mediaUrl()).isEqualTo("/media/videos/" + video.getId() + "/fallback.mp4");
        assertThat(item.durationSeconds()).isEqualTo(6);
        assertThat(catalog.mediaIsPublic(video.getId())).isTrue();
    }

    @Test
    void anUnpublishedVideoIsNotPublicEvenWhenPlayable() {
        Video video = videos.submit(upload("没发布的视频", false));
        transcoded(video.getId());

        assertThat(catalog.find(ContentKey.video(video.getId()))).isEmpty();
        assertThat(catalog.mediaIsPublic(video.getId())).isFalse();
        assertThat(catalog.all(ContentType.VIDEO).map(PublicItem::id)).doesNotContain(video.getId());
    }

    @Test
    void anAcceptedEntryIsPublicUnderItsContestUntilItsCreatorWithdrawsIt() {
        Contest contest = contests.collecting();
        Account creator = contests.person("小明", Role.CREATOR);
        Entry entry = contests.readyEntry(contest, creator, "草原上的星星", "youth");
        assertThat(catalog.find(ContentKey.entry(entry.id())))
                .as("pending screening")
                .isEmpty();

        entries.accept(entry.id(), "editor");
        PublicItem item = catalog.find(ContentKey.entry(entry.id())).orElseThrow();
        assertThat(item.url()).isEqualTo("/contests/" + contest.slug() + "/entries/" + entry.id());
        assertThat(item.posterUrl()).isEqualTo("/media/videos/" + entry.videoId() + "/poster.jpg");
        assertThat(catalog.mediaIsPublic(entry.videoId()))
                .as("the entry's video plays for everyone")
                .isTrue();
        assertThat(catalog.entriesOf(contest.id())).extracting(Entry::id).containsExactly(entry.id());
        assertThat(catalog.all(ContentType.ENTRY).map(PublicItem::id)).contains(entry.id());

        entries.withdraw(entry.id(), creator.getId());

        assertThat(catalog.find(ContentKey.entry(entry.id()))).isEmpty();
        assertThat(catalog.publicEntry(entry.id())).isEmpty();
        assertThat(catalog.mediaIsPublic(entry.videoId())).isFalse();
        assertThat(catalog.entriesOf(contest.id())).isEmpty();
        assertThat(catalog.all(ContentType.ENTRY).map(PublicItem::id)).doesNotContain(entry.id());
    }

    @Test
    void aReturnedEntryIsNotPublic() {
        Contest contest = contests.collecting();
        Entry entry = contests.readyEntry(contest, contests.person("小红", Role.CREATOR), "节约用水", "youth");
        entries.accept(entry.id(), "editor");

        entries.giveBack(entry.id(), "画面里有人脸，请打码", "editor");

        assertThat(catalog.isPublic(ContentKey.entry(entry.id()))).isFalse();
    }

    @Test
    void curatedItemsKeepTheirOrderAndDropWhatIsNotPublic() {
        Article first = articles.publish(draft("第一篇").getId());
        Article hidden = draft("草稿不在专题里");
        Article second = articles.publish(draft("第二篇").getId());
        Video video = videos.submit(upload("专题里的视频", true));
        transcoded(video.getId());
        Video untranscoded = videos.submit(upload("还在转码的视频", true));

        List<PublicItem> curated = catalog.curated(List.of(
                ContentKey.article(second.getId()),
                ContentKey.article(hidden.getId()),
                ContentKey.video(video.getId()),
                ContentKey.video(Long.MAX_VALUE),
                ContentKey.video(untranscoded.getId()),
                ContentKey.article(first.getId()),
                ContentKey.article(second.getId())));

        assertThat(curated)
                .extracting(PublicItem::type, PublicItem::id)
                .as("mixed types in the editor's order, each once")
                .containsExactly(
                        tuple(ContentType.ARTICLE, second.getId()),
                        tuple(ContentType.VIDEO, video.getId()),
                        tuple(ContentType.ARTICLE, first.getId()));
        assertThat(curated.get(0))
                .as("the same item as find() gives")
                .isEqualTo(catalog.find(ContentKey.article(second.getId())).orElseThrow());
    }

    @Test
    void allWalksEveryPublicItemAcrossPages() {
        int more = Catalog.PAGE + 3;
        List<Long> published = new ArrayList<>();
        for (int i = 0; i < more; i++) {
            published.add(articles.publish(draft("科普短文" + i).getId()).getId());
        }

        List<Long> all = catalog.all(ContentType.ARTICLE).map(PublicItem::id).toList();

        assertThat(all).containsAll(published).doesNotHaveDuplicates();
        assertThat(catalog.all().map(PublicItem::key).filter(k -> k.type() == ContentType.ARTICLE))
                .hasSize(all.size());
    }

    // the public lists' written queries (column, town, latest), paged past the first page
    @Test
    void aColumnsArticlesPageNewestFirstWithoutDrafts() {
        ContentColumn column = column();
        Article january = publishedAt("一月的文章", column.id(), "altanxiret", "2026-01-05T08:00:00Z");
        Article march = publishedAt("三月的文章", column.id(), "altanxiret", "2026-03-05T08:00:00Z");
        Article february = publishedAt("二月的文章", column.id(), "altanxiret", "2026-02-05T08:00:00Z");
        articles.create(draft("还是草稿", column.id(), "altanxiret", "2026-04-05T08:00:00Z"));

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
        Article older = publishedAt("苏布尔嘎的旧文", null, town, "2098-01-05T08:00:00Z");
        Article newer = publishedAt("苏布尔嘎的新文", null, town, "2098-02-05T08:00:00Z");

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

    private Article draft(String title) {
        return articles.create(draft(title, null, "altanxiret", null));
    }

    private Article publishedAt(String title, Long columnId, String town, String at) {
        return articles.publish(
                articles.create(draft(title, columnId, town, at)).getId());
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
                at == null ? null : Instant.parse(at));
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

    private static NewVideo upload(String title, boolean publish) {
        return upload(title, null, publish);
    }

    private static NewVideo upload(String title, Long columnId, boolean publish) {
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
