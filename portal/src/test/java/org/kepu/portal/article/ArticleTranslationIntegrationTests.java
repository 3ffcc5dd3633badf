package org.kepu.portal.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
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
        String chineseTitle = "沙尘暴来了这样防护" + suffix;
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
