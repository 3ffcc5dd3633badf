package org.kepu.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An editor pastes from Word: the editor's paste endpoint cleans it, and the saved article keeps its structure. */
class WordPasteIntegrationTests extends PortalIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void pastedWordTextIsSavedWithHeadingsListsAndTablesAndNothingElse() throws Exception {
        HttpClient editor =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        signIn(editor);
        String token = csrf(send(editor, HttpRequest.newBuilder(uri("/editor/articles/new")))
                .body());
        String word;
        try (InputStream in = getClass().getResourceAsStream("/paste/word-sandstorm.html")) {
            word = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        HttpResponse<String> pasted = send(
                editor,
                HttpRequest.newBuilder(uri("/editor/paste"))
                        .header("Content-Type", "application/json")
                        .header("X-CSRF-TOKEN", token)
                        .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("html", word)))));
        assertThat(pasted.statusCode()).isEqualTo(200);
        String html = json.readTree(pasted.body()).path("html").asString();
        assertThat(html).doesNotContain("\n", "mso-", "o:p");

        // what the editor script inserts into the Markdown body
        String title = "沙尘暴防护" + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> saved = send(
                editor,
                HttpRequest.newBuilder(uri("/editor/articles"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("title=" + encode(title)
                                + "&summary=" + encode("沙尘暴来临前后怎样防护。")
                                + "&body=" + encode("以下内容来自气象局的通知：\n\n" + html + "\n\n**请转告家人。**")
                                + "&_csrf=" + encode(token))));
        assertThat(saved.statusCode()).isEqualTo(302);

        String body = jdbc.sql("select body_html from article where title = ?")
                .param(title)
                .query(String.class)
                .single();
        assertThat(body)
                .contains("<h2>一、出行前</h2>", "<ol><li>关注气象部门发布的", "<ul><li>老人和儿童</li>", "<td")
                .contains("<strong>请转告家人。</strong>")
                .doesNotContain("mso-", "o:p", "style=", "宋体", "<span");
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void signIn(HttpClient client) throws Exception {
        String login = send(client, HttpRequest.newBuilder(uri("/login"))).body();
        HttpResponse<String> done = send(
                client,
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + ADMIN + "&password="
                                + encode(ADMIN_PASSWORD) + "&_csrf=" + encode(csrf(login)))));
        assertThat(done.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    }

    private static String csrf(String page) {
        Matcher meta =
                Pattern.compile("name=\"_csrf\" (?:value|content)=\"([^\"]+)\"").matcher(page);
        assertThat(meta.find()).as("a CSRF token on the page").isTrue();
        return meta.group(1);
    }
}
