package org.kepu.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kepu.content.article.Article;
import org.kepu.content.article.ArticleDraft;
import org.kepu.content.article.Articles;
import org.kepu.content.notice.NoticeKind;
import org.kepu.content.notice.SiteNotices;
import org.springframework.beans.factory.annotation.Autowired;

/** The home page reuses its lists for a few seconds, yet readers never wait for news or a warning. */
class HomePageIntegrationTests extends PortalIntegrationTest {

    @Autowired
    Articles articles;

    @Autowired
    SiteNotices notices;

    @Test
    void aPublishedArticleShowsAtOnceThoughTheListsAreCached() throws Exception {
        assertThat(get("/").statusCode()).isEqualTo(200); // fills the cache
        String title = "草原防火须知" + UUID.randomUUID().toString().substring(0, 6);
        Article draft = articles.create(new ArticleDraft(
                title,
                "秋冬季节草原干燥，用火要格外小心。",
                "<p>进入草原不要带火种。</p>",
                null,
                "伊金霍洛科普编辑部",
                List.of("防火"),
                null,
                null,
                List.of("farmers"),
                null));
        assertThat(get("/").body()).doesNotContain(title);

        articles.publish(draft.getId());

        assertThat(get("/").body()).contains(title);
    }

    @Test
    void anEmergencyNoticeIsNeverServedFromTheCache() throws Exception {
        assertThat(get("/").body()).doesNotContain("notice-bar"); // fills the cache
        notices.raise(
                NoticeKind.SANDSTORM, "沙尘暴预警", "沙尘暴来袭，请减少外出，关好门窗，外出佩戴口罩和护目镜，远离广告牌和临时搭建物。", "/columns/yingji", "测试编辑");
        try {
            assertThat(get("/").body()).contains("notice-bar", "沙尘暴预警");
        } finally {
            notices.lower("测试编辑");
        }
        assertThat(get("/").body()).doesNotContain("notice-bar");
    }

    @Test
    void staticFilesAreLinkedWithTheirContentHashAndPagesAsTheyAre() throws Exception {
        String home = get("/").body();
        assertThat(home)
                .containsPattern("href=\"/css/site-[0-9a-f]{32}\\.css\"")
                .containsPattern("src=\"/js/site-[0-9a-f]{32}\\.js\"")
                .contains("href=\"/columns/")
                .doesNotContain(";jsessionid");
        String css = home.replaceAll("(?s).*href=\"(/css/site-[0-9a-f]{32}\\.css)\".*", "$1");
        assertThat(get(css).statusCode()).isEqualTo(200);
        // every hashed link must resolve, the icon included (a 404 there is a console error on every page)
        String icon = home.replaceAll("(?s).*href=\"(/favicon-[0-9a-f]{32}\\.svg)\".*", "$1");
        assertThat(icon).startsWith("/favicon-");
        assertThat(get(icon).statusCode()).isEqualTo(200);
    }
}
