package org.kepu.portal.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kepu.content.account.Account;
import org.kepu.content.account.Accounts;
import org.kepu.content.account.Role;
import org.kepu.content.article.Article;
import org.kepu.content.article.ArticleDraft;
import org.kepu.content.article.Editorial;
import org.kepu.portal.PageSession;
import org.kepu.portal.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * An editor adds a Mongolian version to a published article from its editor page; once reviewed,
 * each language's page reads its own version, the pages link to each other (and say so to search
 * engines with hreflang), the language switch lands on the version, and the home page lists the
 * work in the page's language.
 */
class ArticleTranslationIntegrationTests extends PortalIntegrationTest {

    private static final String PASSWORD = "译本-密码-2026";
    private static final String MONGOLIAN_TITLE = "ᠰᠢᠷᠤᠢ ᠰᠢᠪᠠᠭᠤᠷᠭᠠ ᠠᠴᠠ ᠬᠡᠷᠬᠢᠨ ᠬᠠᠮᠠᠭᠠᠯᠠᠬᠤ";

    @Autowired
    Editorial editorial;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void aMongolianVersionWrittenOnTheEditorPageIsReadOnMongolianPagesAndLinkedFromTheChineseOne() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String editor = person("editor-" + suffix, Role.EDITOR);
        String reviewer = person("reviewer-" + suffix, Role.REVIEWER);
        String chineseTitle = "双语接口测试文章" + suffix;
        Article original = editorial.write(
                new ArticleDraft(
                        chineseTitle, "关好门窗", "<p>关好门窗。</p>", null, null, List.of(), null, null, List.of(), null),
                "关好门窗。",
                null,
                editor);
        editorial.submit(original.getId(), editor);
        editorial.approve(original.getId(), reviewer, false);

        PageSession desk = PageSession.login(this::uri, editor, PASSWORD);
        String editPage =
                desk.get("/editor/articles/" + original.getId() + "/edit").body();
        assertThat(editPage).contains("/editor/articles/" + original.getId() + "/translate?lang=mn");
        assertThat(desk.get("/editor/articles/" + original.getId() + "/translate?lang=mn")
                        .body())
                .contains("写蒙古文版本")
                .contains("/editor/articles/" + original.getId() + "/translations?lang=mn");
        HttpResponse<String> saved = desk.post(
                "/editor/articles/" + original.getId() + "/translations?lang=mn",
                "title",
                MONGOLIAN_TITLE + suffix,
                "summary",
                "ᠡᠭᠦᠳᠡ ᠴᠣᠩᠬᠣ ᠪᠠᠨ ᠬᠠᠭᠠ",
                "body",
                "ᠡᠭᠦᠳᠡ ᠴᠣᠩᠬᠣ ᠪᠠᠨ ᠬᠠᠭᠠ᠃");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        long version = idIn(saved.headers().firstValue("Location").orElseThrow(), "/editor/articles/(\\d+)/edit");
        assertThat(desk.post(
                                "/editor/articles/" + original.getId() + "/translations?lang=mn",
                                "title",
                                "ᠳᠠᠬᠢᠨ",
                                "summary",
                                "ᠳᠠᠬᠢᠨ",
                                "body",
                                "ᠳᠠᠬᠢᠨ")
                        .body())
                .as("one version per language")
                .contains("这篇文章已经有这种语言的版本了");
        editorial.submit(version, editor);
        editorial.approve(version, reviewer, false);

        String chinesePage = get("/articles/" + original.getId()).body();
        assertThat(chinesePage)
                .contains("本文的蒙古文版：")
                .contains("href=\"http://127.0.0.1:" + port + "/mn/articles/" + version + "\"")
                .contains("hreflang=\"mn-Mong\" href=\"http://127.0.0.1:" + port + "/mn/articles/" + version + "\"");
        String mongolianPage = get("/mn/articles/" + version).body();
        assertThat(mongolianPage)
                .contains("<h1 lang=\"mn-Mong\">" + MONGOLIAN_TITLE + suffix + "</h1>")
                .contains("href=\"http://127.0.0.1:" + port + "/articles/" + original.getId() + "\"")
                .contains(
                        "hreflang=\"zh-CN\" href=\"http://127.0.0.1:" + port + "/articles/" + original.getId() + "\"");

        HttpResponse<String> switched = get("/mn/articles/" + original.getId());
        assertThat(switched.statusCode()).isEqualTo(302);
        assertThat(switched.headers().firstValue("Location").orElseThrow()).endsWith("/mn/articles/" + version);
        HttpResponse<String> back = get("/articles/" + version);
        assertThat(back.statusCode()).isEqualTo(302);
        assertThat(back.headers().firstValue("Location").orElseThrow())
                .endsWith("/articles/" + original.getId())
                .doesNotContain("/mn/");

        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(getJson("/api/v1/search?lang=mn&q=" + encode("ᠰᠢᠷᠤᠢ ᠰᠢᠪᠠᠭᠤᠷᠭᠠ"))
                                .path("items")
                                .toString())
                        .as("the version is indexed as Mongolian")
                        .contains("\"url\":\"/articles/" + version + "\""));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(get("/mn/").body()).contains(MONGOLIAN_TITLE + suffix).contains("/mn/articles/" + version);
            assertThat(get("/").body()).contains(chineseTitle).doesNotContain(MONGOLIAN_TITLE + suffix);
        });
    }

    @Test
    void theArticleApiTakesAMongolianVersionWithTheOriginalAllOrNothing() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String editor = person("api-editor-" + suffix, Role.EDITOR);
        HttpResponse<String> created = postJson(
                editor,
                "/api/v1/articles",
                "{\"title\":\"接口原文" + suffix + "\",\"summary\":\"摘要\",\"body\":\"正文\","
                        + "\"translations\":{\"mn\":{\"title\":\"" + MONGOLIAN_TITLE + "\",\"summary\":\"ᠲᠣᠪᠴᠢ\","
                        + "\"body\":\"ᠲᠣᠪᠴᠢ ᠪᠢᠴᠢᠭ᠃\"}}}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode answer = json.readTree(created.body());
        long original = answer.path("id").asLong();
        long version = answer.path("translations").path("mn").path("id").asLong();
        assertThat(answer.path("translations").path("mn").path("status").asText())
                .isEqualTo("DRAFT");
        Article mongolian = editorial.find(version).orElseThrow();
        assertThat(mongolian.getLang()).isEqualTo("mn");
        assertThat(mongolian.getTranslationOf()).isEqualTo(original);
        assertThat(mongolian.getTitle()).isEqualTo(MONGOLIAN_TITLE);

        String refusedTitle = "不该留下的原文" + suffix;
        HttpResponse<String> refused = postJson(
                editor,
                "/api/v1/articles",
                "{\"title\":\"" + refusedTitle + "\",\"summary\":\"摘要\",\"body\":\"正文\","
                        + "\"translations\":{\"zh\":{\"title\":\"同语\",\"summary\":\"同语\",\"body\":\"同语\"}}}");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(refused.body()).contains("与原文不同的语言");
        assertThat(editorial.writtenBy(editor)).extracting(Article::getTitle).doesNotContain(refusedTitle);

        HttpResponse<String> legacy = postJson(
                editor,
                "/api/v1/articles",
                "{\"title\":\"旧编码\",\"summary\":\"摘要\",\"body\":\"正文\","
                        + "\"translations\":{\"mn\":{\"title\":\"\ue234\ue2a1\",\"summary\":\"ᠲᠣᠪᠴᠢ\",\"body\":\"ᠲᠣᠪᠴᠢ\"}}}");
        assertThat(legacy.statusCode()).as(legacy.body()).isEqualTo(400);
        assertThat(legacy.body()).contains("translations[mn].title").contains("旧编码的蒙古文");
    }

    private HttpResponse<String> postJson(String user, String path, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(
                                                        (user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static long idIn(String location, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(location);
        assertThat(matcher.find()).as(location).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private String person(String username, Role... roles) {
        EnumSet<Role> set = EnumSet.noneOf(Role.class);
        set.addAll(List.of(roles));
        accounts.add(Account.create(username, encoder.encode(PASSWORD), username, set, Instant.now()));
        return username;
    }
}
