package org.kepu.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.kepu.content.ContentKey;
import org.kepu.content.notice.NoticeKind;
import org.kepu.content.notice.SiteNotices;
import org.kepu.content.views.ViewCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.w3c.dom.Document;

class PublicSiteFeaturesIntegrationTests extends PortalIntegrationTest {

    @Autowired
    ViewCounter views;

    @Autowired
    SiteNotices notices;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSiteAndEachColumnHaveAnAtomFeed() throws Exception {
        Document site = xml("/feed.xml");
        Document column = xml("/columns/yingji/feed.xml");

        assertThat(site.getDocumentElement().getLocalName()).isEqualTo("feed");
        assertThat(site.getElementsByTagName("entry").getLength()).isGreaterThanOrEqualTo(12);
        assertThat(column.getElementsByTagName("entry").getLength()).isEqualTo(4);
        assertThat(column.getElementsByTagName("title").item(0).getTextContent())
                .contains("应急科普");
        assertThat(get("/columns/no-such/feed.xml").statusCode()).isEqualTo(404);
    }

    @Test
    void searchEnginesGetASitemapAndRobotsRules() throws Exception {
        Document sitemap = xml("/sitemap.xml");
        HttpResponse<String> robots = get("/robots.txt");

        assertThat(sitemap.getElementsByTagName("url").getLength()).isGreaterThanOrEqualTo(1 + 8 + 24);
        assertThat(robots.body()).contains("Disallow: /editor/", "Sitemap: http");
    }

    @Test
    void anArticlePageCarriesCanonicalOpenGraphReadingTimeAndAQrCode() throws Exception {
        long id = firstArticleId();
        String page = get("/articles/" + id).body();

        assertThat(page)
                .contains("<link rel=\"canonical\" href=\"http")
                .contains("property=\"og:type\" content=\"article\"")
                .contains("property=\"og:description\"")
                .contains("阅读约")
                .contains("/qr.svg?path=/articles/" + id);
        HttpResponse<String> qr = get("/qr.svg?path=/articles/" + id);
        assertThat(qr.statusCode()).isEqualTo(200);
        assertThat(qr.body()).startsWith("<svg").contains("<path d=\"M");
        assertThat(get("/qr.svg?path=" + encode("javascript:alert(1)")).statusCode())
                .isEqualTo(400);
    }

    @Test
    void audienceAndTownPagesListTheirArticles() throws Exception {
        assertThat(get("/audiences/elderly").body()).contains("老年人").containsPattern("href=\"/articles/\\d+\"");
        assertThat(get("/towns/ulanmulun").body()).contains("乌兰木伦镇").containsPattern("href=\"/articles/\\d+\"");
        assertThat(get("/audiences/nobody").statusCode()).isEqualTo(404);
    }

    @Test
    void viewsAreCountedInBatchesAndFeedTheMostReadList() throws Exception {
        long id = firstArticleId();
        views.flush(); // views of this article by other tests sharing the context
        long before = viewCount(id);

        get("/articles/" + id);
        get("/articles/" + id);
        assertThat(viewCount(id)).as("not written per view").isEqualTo(before);
        views.flush();

        assertThat(viewCount(id)).isEqualTo(before + 2);
        String title = jdbc.sql("select title from article where id = ?")
                .param(id)
                .query(String.class)
                .single();
        // the home page's lists are reused for a few seconds; view counts do not evict them
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(
                        () -> assertThat(get("/").body()).contains("本周热读").contains(title));
        views.record(ContentKey.article(id));
        views.flush();
        assertThat(viewCount(id)).isEqualTo(before + 3);
    }

    @Test
    void anEmergencyNoticeShowsOnEveryPageUntilItIsLowered() throws Exception {
        notices.raise(
                NoticeKind.SANDSTORM, "沙尘暴预警", "沙尘暴来袭，请减少外出，关好门窗，外出佩戴口罩和护目镜，远离广告牌和临时搭建物。", "/columns/yingji", "测试编辑");
        try {
            for (String path :
                    new String[] {"/", "/columns/jiankang", "/search?q=" + encode("健康"), "/articles/" + firstArticleId()
                    }) {
                assertThat(get(path).body()).as(path).contains("notice-bar", "沙尘暴预警");
            }
        } finally {
            notices.lower("测试编辑");
        }
        assertThat(get("/").body()).doesNotContain("notice-bar");
        assertThat(get("/editor/notice").statusCode()).as("editors only").isEqualTo(302);
    }

    private long firstArticleId() {
        return jdbc.sql("select min(id) from article where status = 'PUBLISHED'")
                .query(Long.class)
                .single();
    }

    private long viewCount(long id) {
        return jdbc.sql("select view_count from article where id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }

    private Document xml(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
    }
}
