package org.kepu.portal.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.kepu.content.ContentChanged;
import org.kepu.portal.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The sitemap with ten URLs per file: the demo content (home, 8 columns, dozens of items) no
 * longer fits one file, so {@code /sitemap.xml} is an index of numbered files. The cache is kept
 * for an hour here, so only a change (on this portal or, through the page generation, on another)
 * can make it read the catalog again.
 */
@TestPropertySource(properties = {"kepu.sitemap.urls-per-file=10", "kepu.sitemap.cache-for=1h"})
class SitemapIntegrationTests extends PortalIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    /** Its own database and data folder: the shared context may still hold the Lucene index's write lock. */
    @DynamicPropertySource
    static void ownData(DynamicPropertyRegistry registry) throws IOException {
        Path data = Files.createTempDirectory("kepu-sitemap-test-");
        registry.add(
                "kepu.search.lucene.index-dir", () -> data.resolve("search").toString());
        registry.add("kepu.blobs.folder", () -> data.resolve("blobs").toString());
        registry.add("kepu.blobs.staging", () -> data.resolve("uploads").toString());
        registry.add(
                "spring.datasource.url",
                () -> "jdbc:h2:mem:sitemap;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                        + "DB_CLOSE_DELAY=-1");
    }

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void pastTheLimitTheSitemapIsAnIndexOfNumberedFilesThatTogetherListEveryUrlOnce() throws Exception {
        Document index = xml("/sitemap.xml");
        List<String> files = texts(index, "loc");

        assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
        assertThat(files).hasSizeGreaterThanOrEqualTo(4);
        List<String> listed = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            assertThat(files.get(i)).isEqualTo("http://127.0.0.1:" + port + "/sitemap-" + (i + 1) + ".xml");
            Document file = xml("/sitemap-" + (i + 1) + ".xml");
            assertThat(file.getDocumentElement().getLocalName()).isEqualTo("urlset");
            List<String> urls = texts(file, "loc");
            assertThat(urls).hasSizeBetween(1, 10);
            listed.addAll(urls);
        }
        assertThat(listed).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(1 + 8 + 24);
        assertThat(listed)
                .contains(
                        "http://127.0.0.1:" + port + "/",
                        "http://127.0.0.1:" + port + "/articles/" + firstPublishedArticle());
        assertThat(get("/sitemap-" + (files.size() + 1) + ".xml").statusCode()).isEqualTo(404);
        assertThat(get("/sitemap-0.xml").statusCode()).isEqualTo(404);
        assertThat(get("/robots.txt").body()).contains("Sitemap: http://127.0.0.1:" + port + "/sitemap.xml\n");
    }

    @Test
    void theSitemapIsKeptUntilContentChangesAndThenReadAgain() throws Exception {
        long article = firstPublishedArticle();
        String url = "http://127.0.0.1:" + port + "/articles/" + article;
        assertThat(allUrls()).contains(url);

        // behind the application's back: nothing announces it, so the kept sitemap still lists the article
        jdbc.sql("update article set status = 'OFFLINE' where id = ?")
                .param(article)
                .update();
        try {
            assertThat(allUrls()).contains(url);

            events.publishEvent(new ContentChanged("article:" + article));

            assertThat(allUrls()).doesNotContain(url);
        } finally {
            jdbc.sql("update article set status = 'PUBLISHED' where id = ?")
                    .param(article)
                    .update();
            events.publishEvent(new ContentChanged("article:" + article));
        }
        assertThat(allUrls()).contains(url);
    }

    @Test
    void aChangeMadeThroughAnotherPortalEvictsTheKeptSitemapWithinSeconds() throws Exception {
        long article = firstPublishedArticle();
        String url = "http://127.0.0.1:" + port + "/articles/" + article;
        assertThat(allUrls()).contains(url);
        try {
            // what portal B's transaction writes: this portal hears of it only through the page generation
            transactions.executeWithoutResult(status -> {
                jdbc.sql("update article set status = 'OFFLINE' where id = ?")
                        .param(article)
                        .update();
                jdbc.sql("update page_generation set generation = generation + 1 where id = 1")
                        .update();
            });

            await().atMost(Duration.ofSeconds(3))
                    .untilAsserted(() -> assertThat(allUrls()).doesNotContain(url));
        } finally {
            jdbc.sql("update article set status = 'PUBLISHED' where id = ?")
                    .param(article)
                    .update();
            events.publishEvent(new ContentChanged("article:" + article));
        }
        assertThat(allUrls()).contains(url);
    }

    private long firstPublishedArticle() {
        return jdbc.sql("select min(id) from article where status = 'PUBLISHED'")
                .query(Long.class)
                .single();
    }

    private List<String> allUrls() throws Exception {
        List<String> urls = new ArrayList<>();
        int files = texts(xml("/sitemap.xml"), "loc").size();
        for (int i = 1; i <= files; i++) {
            urls.addAll(texts(xml("/sitemap-" + i + ".xml"), "loc"));
        }
        return urls;
    }

    private Document xml(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/xml"));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document document, String tag) {
        NodeList nodes = document.getElementsByTagName(tag);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
