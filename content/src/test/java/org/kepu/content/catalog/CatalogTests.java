package org.kepu.content.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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

    private Article draft(String title) {
        return articles.create(new ArticleDraft(
                title,
                title + "的摘要",
                "<p>" + title + "的正文。</p>",
                "伊金霍洛科普编辑部",
                "本站编辑",
                List.of("应急"),
                null,
                "altanxiret",
                List.of("youth"),
                null));
    }

    private static NewVideo upload(String title, boolean publish) {
        return new NewVideo(
                title,
                title + "的简介",
                null,
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
