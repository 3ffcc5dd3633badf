package org.kepu.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kepu.content.ContentKey;
import org.kepu.content.article.Article;
import org.kepu.content.article.ArticleDraft;
import org.kepu.content.article.Articles;
import org.kepu.content.article.Editorial;
import org.kepu.content.column.ColumnCuration;
import org.kepu.content.column.ColumnItem;
import org.kepu.content.column.ColumnKind;
import org.kepu.content.column.Columns;
import org.kepu.content.column.ContentColumn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Taking an article offline removes it within seconds from every place the public finds it:
 * search and suggestions, the home page, its column and the 专题 it is curated in, the feeds, the
 * sitemap, screen mode and the related lists of other articles. (Its cover is an image of the media
 * library, which other articles may show too, so it stays served.)
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

    @Test
    void anArticleTakenOfflineLeavesEveryPublicPlaceWithinSeconds() throws Exception {
        Article anchor = articles.published(jdbc.sql("select min(id) from article where status = 'PUBLISHED'")
                .query(Long.class)
                .single());
        ContentColumn campaign = columns.create(
                ContentColumn.create(
                        "kepu-day-" + UUID.randomUUID().toString().substring(0, 8),
                        "全国科普日",
                        "专题测试",
                        ColumnKind.CAMPAIGN,
                        99,
                        Instant.now()),
                "测试编辑");
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
        Places places = new Places(url, title, campaign.slug(), "/articles/" + anchor.getId());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> places.allShowIt());

        editorial.takeOffline(twin.getId(), "测试编辑");

        await().atMost(WITHIN_SECONDS).untilAsserted(() -> places.noneShowsIt());
        assertThat(get(url).statusCode()).isEqualTo(404);
    }

    /** Where the public meets an article. */
    private final class Places {

        private final String url;
        private final String title;
        private final String column;
        private final String relatedPage;

        Places(String url, String title, String column, String relatedPage) {
            this.url = url;
            this.title = title;
            this.column = column;
            this.relatedPage = relatedPage;
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
            return List.of(
                    "/api/v1/search?q=" + encode(title),
                    "/",
                    "/columns/" + column,
                    "/feed.xml",
                    "/columns/" + column + "/feed.xml",
                    "/sitemap.xml",
                    "/screen/columns/" + column + "/playlist.json",
                    relatedPage);
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
