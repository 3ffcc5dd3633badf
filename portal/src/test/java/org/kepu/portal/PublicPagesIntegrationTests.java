package org.kepu.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class PublicPagesIntegrationTests extends PortalIntegrationTest {

    @Test
    void theHomePageShowsTheLatestDemoArticlesAndTheColumns() throws Exception {
        HttpResponse<String> home = get("/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body())
                .contains("伊金霍洛科普", "应急科普", "智慧助老", "青少年科学教育")
                .contains("name=\"viewport\"")
                .containsPattern("href=\"/articles/\\d+\"");
    }

    @Test
    void staticFilesHaveContentHashedAddressesAndAreCachedForLong() throws Exception {
        String home = get("/").body();
        java.util.regex.Matcher css = java.util.regex.Pattern.compile("href=\"(/css/site-[0-9a-f]{32}\\.css)\"")
                .matcher(home);

        assertThat(css.find()).as("hashed stylesheet address").isTrue();
        HttpResponse<String> stylesheet = get(css.group(1));
        assertThat(stylesheet.statusCode()).isEqualTo(200);
        assertThat(stylesheet.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(c -> assertThat(c).contains("max-age=31536000"));
    }

    @Test
    void aColumnListsItsArticles() throws Exception {
        HttpResponse<String> column = get("/columns/yingji");

        assertThat(column.statusCode()).isEqualTo(200);
        assertThat(column.body()).contains("应急科普", "沙尘暴");
    }

    @Test
    void anArticlePageShowsItsBodyAndFacts() throws Exception {
        HttpResponse<String> search = get("/search?q=" + encode("沙尘暴"));
        String link = search.body().replaceAll("(?s).*?href=\"(/articles/\\d+)\".*", "$1");

        HttpResponse<String> article = get(link);

        assertThat(article.statusCode()).isEqualTo(200);
        assertThat(article.body()).contains("沙尘暴", "来源", "<h2>").doesNotContain("<script>alert");
    }

    @Test
    void theSearchPageWorksWithoutJavaScript() throws Exception {
        HttpResponse<String> page = get("/search?q=" + encode("应急避险"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("条结果").contains("<em>").containsPattern("href=\"/(articles|videos)/\\d+\"");
    }
}
