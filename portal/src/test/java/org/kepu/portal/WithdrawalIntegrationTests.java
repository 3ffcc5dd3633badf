package org.kepu.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kepu.content.ContentKey;
import org.kepu.content.article.Article;
import org.kepu.content.article.ArticleDraft;
import org.kepu.content.article.Articles;
import org.kepu.content.article.Editorial;
import org.kepu.content.blob.BlobStore;
import org.kepu.content.column.ColumnCuration;
import org.kepu.content.column.ColumnItem;
import org.kepu.content.column.ColumnKind;
import org.kepu.content.column.Columns;
import org.kepu.content.column.ContentColumn;
import org.kepu.content.video.NewVideo;
import org.kepu.content.video.TranscodedMedia;
import org.kepu.content.video.Video;
import org.kepu.content.video.VideoEditorial;
import org.kepu.content.video.VideoRendition;
import org.kepu.content.video.VideoRoute;
import org.kepu.content.video.Videos;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Taking an article offline removes it within seconds from every place the public finds it:
 * search and suggestions, the home page, its column and the 专题 it is curated in, the feeds, the
 * sitemap, screen mode and the related lists of other articles. (Its cover is an image of the media
 * library, which other articles may show too, so it stays served.) The same for a video, whose
 * playlist and poster then answer 404; feeds list articles only.
 */
class WithdrawalIntegrationTests extends PortalIntegrationTest {

    /** Home lists are kept for five seconds and the index refreshes every second: "within seconds". */
    private static final Duration WITHIN_SECONDS = Duration.ofSeconds(10);

    @Autowired
    Articles articles;

    @Autowired
    Editorial editorial;

    @Autowired
    Columns columns;

    @Autowired
    ColumnCuration curation;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Videos videos;

    @Autowired
    VideoEditorial videoEditorial;

    @Autowired
    BlobStore blobs;

    @Test
    void anArticleTakenOfflineLeavesEveryPublicPlaceWithinSeconds() throws Exception {
        Article anchor = articles.published(jdbc.sql("select min(id) from article where status = 'PUBLISHED'")
                .query(Long.class)
                .single());
        ContentColumn campaign = campaign();
        // a twin of the anchor, so that it stands in the anchor's related list
        String title = anchor.getTitle() + "续篇" + System.nanoTime() % 100_000;
        Article twin = articles.publish(articles.create(new ArticleDraft(
                        title,
                        anchor.getSummary(),
                        anchor.getBodyHtml(),
                        null,
                        "伊金霍洛科普编辑部",
                        List.of(),
                        campaign.id(),
                        anchor.getTownCode(),
                        anchor.getAudienceCodes(),
                        null))
                .getId());
        curation.add(campaign.id(), ContentKey.article(twin.getId()), "测试编辑");
        ColumnItem item = curation.of(campaign.id()).get(0);
        curation.feature(campaign.id(), item.id(), true, "测试编辑");
        String url = "/articles/" + twin.getId();
        Places places = new Places(
                url,
                title,
                List.of(
                        "/",
                        "/columns/" + campaign.slug(),
                        "/feed.xml",
                        "/columns/" + campaign.slug() + "/feed.xml",
                        "/sitemap.xml",
                        "/screen/columns/" + campaign.slug() + "/playlist.json",
                        "/articles/" + anchor.getId()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> places.allShowIt());

        editorial.takeOffline(twin.getId(), "测试编辑");

        await().atMost(WITHIN_SECONDS).untilAsserted(() -> places.noneShowsIt());
        assertThat(get(url).statusCode()).isEqualTo(404);
    }

    @Test
    void aVideoTakenOfflineLeavesEveryPublicPlaceWithinSecondsAndItsMediaAnswer404() throws Exception {
        ContentColumn campaign = campaign();
        String title = "草原上的风能" + System.nanoTime() % 100_000;
        Video video = videos.submit(new NewVideo(
                title,
                "风从哪里来，电到哪里去",
                campaign.id(),
                null,
                List.of(),
                null,
                "uploads/test/" + UUID.randomUUID() + ".mp4",
                VideoRoute.DIRECT));
        String prefix = "videos/" + video.getId() + "/m1";
        put(prefix + "/" + Video.MASTER_PLAYLIST, "#EXTM3U");
        put(prefix + "/" + Video.POSTER, "jpeg");
        videos.transcoded(
                video.getId(),
                new TranscodedMedia(prefix, 640, 360, 6, List.of(new VideoRendition(640, 360, 900_000))));
        curation.add(campaign.id(), ContentKey.video(video.getId()), "测试编辑");
        ColumnItem item = curation.of(campaign.id()).get(0);
        curation.feature(campaign.id(), item.id(), true, "测试编辑");
        String url = "/videos/" + video.getId();
        Places places = new Places(
                url,
                title,
                List.of(
                        "/",
                        "/columns/" + campaign.slug(),
                        "/sitemap.xml",
                        "/screen/columns/" + campaign.slug() + "/playlist.json"));
        List<String> media = List.of(
                "/media/videos/" + video.getId() + "/" + Video.MASTER_PLAYLIST,
                "/media/videos/" + video.getId() + "/" + Video.POSTER);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> places.allShowIt());
        for (String path : media) {
            assertThat(get(path).statusCode()).as(path).isEqualTo(200);
        }

        videoEditorial.withdraw(video.getId(), "测试编辑");

        await().atMost(WITHIN_SECONDS).untilAsserted(() -> places.noneShowsIt());
        assertThat(get(url).statusCode()).isEqualTo(404);
        for (String path : media) {
            assertThat(get(path).statusCode()).as(path).isEqualTo(404);
        }
    }

    private ContentColumn campaign() {
        return columns.create(
                ContentColumn.create(
                        "kepu-day-" + UUID.randomUUID().toString().substring(0, 8),
                        "全国科普日",
                        "专题测试",
                        ColumnKind.CAMPAIGN,
                        99,
                        Instant.now()),
                "测试编辑");
    }

    private void put(String key, String content) {
        blobs.put(key, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), "application/octet-stream");
    }

    /** Where the public meets an item: search and suggestions, and the given pages. */
    private final class Places {

        private final String url;
        private final String title;
        private final List<String> pages;

        Places(String url, String title, List<String> pages) {
            this.url = url;
            this.title = title;
            this.pages = pages;
        }

        void allShowIt() throws Exception {
            assertThat(suggest()).as("suggestions").contains(title);
            for (String place : places()) {
                assertThat(links(get(place).body())).as(place).isTrue();
            }
        }

        void noneShowsIt() throws Exception {
            assertThat(suggest()).as("suggestions").doesNotContain(title);
            for (String place : places()) {
                assertThat(links(get(place).body())).as(place).isFalse();
            }
        }

        private List<String> places() {
            List<String> all = new ArrayList<>(pages);
            all.add(0, "/api/v1/search?q=" + encode(title));
            return all;
        }

        /** An attribute, JSON string or element ending at the url (not a longer id starting with it). */
        private boolean links(String body) {
            return body.contains(url + "\"") || body.contains(url + "<");
        }

        private String suggest() throws Exception {
            return get("/api/v1/search/suggest?q=" + encode(title)).body();
        }
    }
}
