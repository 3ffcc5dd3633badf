package org.kepu.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kepu.content.editorial.SynonymGroups;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class SearchAdministrationIntegrationTests extends PortalIntegrationTest {

    @Autowired
    SynonymGroups synonyms;

    @Autowired
    JdbcClient jdbc;

    @Test
    void synonymsEditorsAddApplyToSearchWithoutAReindex() {
        synonyms.add("风沙天，沙尘暴", "测试编辑");

        await().atMost(Duration.ofSeconds(30))
                .until(() -> getJson("/api/v1/search?q=" + encode("风沙天"))
                        .path("items")
                        .toString()
                        .contains("沙尘暴"));
    }

    @Test
    void anAdministratorRebuildsTheIndexFromTheDatabaseWithLiveProgress() throws Exception {
        HttpClient admin =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        signIn(admin);
        String page = admin.send(
                        HttpRequest.newBuilder(uri("/admin/search")).build(), HttpResponse.BodyHandlers.ofString())
                .body();

        long before = published();
        HttpResponse<String> started = admin.send(
                HttpRequest.newBuilder(uri("/admin/search/rebuild"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + encode(csrf(page))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(started.statusCode()).isEqualTo(302);

        await().atMost(Duration.ofMinutes(1))
                .until(() -> "DONE".equals(progress(admin).path("state").asString()));
        long after = published();
        // a demo video that turned READY while the rebuild ran may or may not have been read: both counts are right
        assertThat(progress(admin).path("indexed").asLong()).isBetween(before, after);
        assertThat(getJson("/api/v1/search?q=" + encode("应急")).path("total").asLong())
                .isPositive();
    }

    /** What a rebuild indexes: public articles, videos (and their Mongolian documents) and entries. */
    private long published() {
        return jdbc.sql("select count(*) from article where status = 'PUBLISHED'")
                        .query(Long.class)
                        .single()
                + jdbc.sql("select count(*) from video where status = 'READY' and published")
                        .query(Long.class)
                        .single()
                // a video's Mongolian title and summary are a document of their own
                + jdbc.sql("select count(*) from video where status = 'READY' and published and title_mn is not null")
                        .query(Long.class)
                        .single()
                + jdbc.sql("select count(*) from contest_entry e join video v on v.id = e.video_id"
                                + " where e.status = 'ACCEPTED' and v.status = 'READY'")
                        .query(Long.class)
                        .single();
    }

    private JsonNode progress(HttpClient admin) throws Exception {
        return json.readTree(admin.send(
                        HttpRequest.newBuilder(uri("/admin/search/progress")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body());
    }

    private void signIn(HttpClient client) throws Exception {
        String login = client.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        HttpResponse<String> done = client.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + ADMIN + "&password="
                                + encode(ADMIN_PASSWORD) + "&_csrf=" + encode(csrf(login))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(done.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    }

    private static String csrf(String page) {
        Matcher hidden = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        if (hidden.find()) {
            return hidden.group(1);
        }
        Matcher meta = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
        assertThat(meta.find()).as("a CSRF token on the page").isTrue();
        return meta.group(1);
    }
}
