package org.kepu.portal.pagecache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kepu.content.article.Article;
import org.kepu.content.article.ArticleDraft;
import org.kepu.content.article.Articles;
import org.kepu.content.article.Editorial;
import org.kepu.content.column.Columns;
import org.kepu.content.column.ContentColumn;
import org.kepu.content.pages.PageGeneration;
import org.kepu.portal.PageSession;
import org.kepu.portal.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Anonymous readers get public pages from memory; signed-in users never do, and a change made through any portal
 * of the database drops the kept pages at once here and within about a second elsewhere.
 */
class PageCacheIntegrationTests extends PortalIntegrationTest {

    @Autowired
    Articles articles;

    @Autowired
    PageGeneration generation;

    @Autowired
    Editorial editorial;

    @Autowired
    Columns columns;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aSecondAnonymousRequestIsServedFromMemoryWithTheSameBody() throws Exception {
        String page = "/?from=" + UUID.randomUUID();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            HttpResponse<String> first = get(page);
            HttpResponse<String> second = get(page);

            assertThat(first.headers().firstValue("X-Page-Cache")).hasValue("MISS");
            assertThat(second.headers().firstValue("X-Page-Cache")).hasValue("HIT");
            assertThat(second.body()).isEqualTo(first.body());
            assertThat(second.headers().firstValue("ETag"))
                    .isEqualTo(first.headers().firstValue("ETag"));
            assertThat(second.headers().firstValue("Content-Security-Policy"))
                    .isPresent()
                    .isEqualTo(first.headers().firstValue("Content-Security-Policy"));
            assertThat(second.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
            assertThat(second.headers().firstValue("Cache-Control")).hasValue("public, max-age=5");
            assertThat(second.headers().firstValue("Set-Cookie")).isEmpty();
        });
    }

    @Test
    void aSignedInUserIsNeverServedAKeptPageNorHasHisKept() throws Exception {
        String page = "/?from=" + UUID.randomUUID();
        get(page); // kept for anonymous readers
        PageSession admin = PageSession.login(this::uri, ADMIN, ADMIN_PASSWORD);

        for (int i = 0; i < 2; i++) {
            HttpResponse<String> signedIn = admin.get(page);
            assertThat(signedIn.headers().firstValue("X-Page-Cache")).isEmpty();
            assertThat(signedIn.body()).contains("/logout").contains("name=\"_csrf\"");
            assertThat(signedIn.headers().firstValue("Cache-Control"))
                    .hasValueSatisfying(cache -> assertThat(cache).contains("no-store"));
        }

        String other = "/?signed-in-first=" + UUID.randomUUID();
        admin.get(other);
        HttpResponse<String> anonymous = get(other);
        assertThat(anonymous.headers().firstValue("X-Page-Cache")).hasValue("MISS");
        assertThat(anonymous.body()).doesNotContain("/logout").doesNotContain("_csrf");
    }

    @Test
    void aWithdrawnArticleLeavesTheKeptHomeAndColumnPagesAtOnce() throws Exception {
        ContentColumn column = columns.findAllByOrderBySortOrderAscIdAsc().get(0);
        String title = "草原鼠害防治" + UUID.randomUUID().toString().substring(0, 6);
        Article article = articles.publish(articles.create(new ArticleDraft(
                        title,
                        "鼠害会破坏草场，早发现早防治。",
                        "<p>发现鼠洞要及时报告嘎查。</p>",
                        null,
                        "伊金霍洛科普编辑部",
                        List.of("草原"),
                        column.id(),
                        null,
                        List.of("farmers"),
                        null))
                .getId());
        List<String> pages = List.of("/", "/columns/" + column.slug(), "/articles/" + article.getId());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            for (String page : pages) {
                get(page);
                HttpResponse<String> kept = get(page);
                assertThat(kept.headers().firstValue("X-Page-Cache")).as(page).hasValue("HIT");
                assertThat(kept.body()).as(page).contains(title);
            }
        });

        editorial.takeOffline(article.getId(), "测试编辑");

        assertThat(get("/").body()).doesNotContain(title);
        assertThat(get("/columns/" + column.slug()).body()).doesNotContain(title);
        assertThat(get("/articles/" + article.getId()).statusCode()).isEqualTo(404);
    }

    @Test
    void aConditionalRequestForAnUnchangedPageIsAnswered304() throws Exception {
        String page = "/?from=" + UUID.randomUUID();
        String etag = get(page).headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> conditional = http.send(
                HttpRequest.newBuilder(uri(page))
                        .header("Accept", "text/html")
                        .header("If-None-Match", etag)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> otherTag = http.send(
                HttpRequest.newBuilder(uri(page))
                        .header("Accept", "text/html")
                        .header("If-None-Match", "W/\"0123\"")
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(etag).startsWith("W/\"");
        assertThat(conditional.statusCode()).isEqualTo(304);
        assertThat(conditional.body()).isEmpty();
        assertThat(conditional.headers().firstValue("ETag")).hasValue(etag);
        assertThat(otherTag.statusCode()).isEqualTo(200);
        assertThat(otherTag.body()).isNotEmpty();
    }

    @Test
    void aChangeMadeThroughAnotherPortalDropsTheKeptPagesWithinASecondOrTwo() throws Exception {
        long id = jdbc.sql("select min(id) from article where status = 'PUBLISHED'")
                .query(Long.class)
                .single();
        String page = "/articles/" + id;
        await().atMost(Duration.ofSeconds(10))
                .until(() -> get(page)
                        .headers()
                        .firstValue("X-Page-Cache")
                        .orElse("")
                        .equals("HIT"));
        String title = "另一台门户改过的标题" + UUID.randomUUID().toString().substring(0, 6);
        String before = jdbc.sql("select title from article where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
        try {
            // what portal B's transaction writes; this portal hears of it only through the database
            transactions.executeWithoutResult(status -> {
                jdbc.sql("update article set title = :title where id = :id")
                        .param("title", title)
                        .param("id", id)
                        .update();
                jdbc.sql("update page_generation set generation = generation + 1 where id = 1")
                        .update();
            });

            await().atMost(Duration.ofSeconds(3))
                    .untilAsserted(() -> assertThat(get(page).body()).contains(title));
        } finally {
            jdbc.sql("update article set title = :title where id = :id")
                    .param("title", before)
                    .param("id", id)
                    .update();
            jdbc.sql("update page_generation set generation = generation + 1 where id = 1")
                    .update();
        }
    }

    @Test
    void aPortalStoppedAndStartedAgainStillHearsOfOtherPortalsChanges() {
        generation.current();
        // what Spring does to a cached test context in the pause between its test classes
        generation.stop();
        generation.start();
        long before = generation.current();

        jdbc.sql("update page_generation set generation = generation + 1 where id = 1")
                .update();

        await().atMost(Duration.ofSeconds(3)).until(() -> generation.current() > before);
    }

    @Test
    void elderlyModeIsKeptApartFromTheUsualPage() throws Exception {
        String page = "/?from=" + UUID.randomUUID();
        get(page);
        HttpResponse<String> elderly = http.send(
                HttpRequest.newBuilder(uri(page))
                        .header("Accept", "text/html")
                        .header("Cookie", "kepu_elderly=1")
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(elderly.body()).contains("aria-pressed=\"true\"");
        assertThat(get(page).body()).doesNotContain("aria-pressed=\"true\"");
    }
}
