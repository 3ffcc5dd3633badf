package org.kepu.portal.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kepu.content.account.Account;
import org.kepu.content.account.Accounts;
import org.kepu.content.account.Role;
import org.kepu.content.article.Article;
import org.kepu.content.article.ArticleDraft;
import org.kepu.content.article.ArticleReview;
import org.kepu.content.article.ArticleStatus;
import org.kepu.content.article.Editorial;
import org.kepu.portal.PageSession;
import org.kepu.portal.PortalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A reviewer who rewrote and submitted an article cannot publish it alone, through the pages or the API. */
class FourEyesIntegrationTests extends PortalIntegrationTest {

    private static final String PASSWORD = "四眼-密码-2026";

    @Autowired
    Editorial editorial;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void aReviewerWhoRewroteAndSubmittedAnArticleCannotApproveItAnotherReviewerCan() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String author = person("author-" + suffix, Role.EDITOR);
        String rewriter = person("rewriter-" + suffix, Role.EDITOR, Role.REVIEWER);
        String colleague = person("colleague-" + suffix, Role.REVIEWER);
        Article article = editorial.write(
                new ArticleDraft("草原防火", "摘要", "<p>初稿</p>", null, null, List.of(), null, null, List.of(), null),
                "初稿",
                null,
                author);
        editorial.submit(article.getId(), author);
        Article returned = editorial.reject(article.getId(), colleague, "请补充防火常识");
        String page = "/editor/articles/" + article.getId();

        PageSession reviewer = PageSession.login(this::uri, rewriter, PASSWORD);
        assertThat(reviewer.post(
                                page,
                                "title",
                                "草原防火",
                                "summary",
                                "进入草原，严禁野外用火。",
                                "body",
                                "审核人重写的正文：进入草原严禁野外用火。",
                                "version",
                                String.valueOf(returned.getVersion()))
                        .statusCode())
                .isEqualTo(302);
        assertThat(reviewer.post(page + "/submit").statusCode()).isEqualTo(302);
        assertThat(editorial.find(article.getId()).orElseThrow().getStatus()).isEqualTo(ArticleStatus.IN_REVIEW);

        HttpResponse<String> approval = reviewer.post(page + "/approve");
        assertThat(approval.statusCode()).isEqualTo(302);
        assertThat(reviewer.get(page).body()).contains("修改过这篇文章（第 2 版）").contains("请由其他审核人审核");
        HttpResponse<String> viaApi = http.send(
                HttpRequest.newBuilder(uri("/api/v1/articles/" + article.getId() + "/publish"))
                        .header("Authorization", basic(rewriter))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(viaApi.statusCode()).isEqualTo(409);
        assertThat(viaApi.body()).contains("修改过这篇文章");
        assertThat(editorial.find(article.getId()).orElseThrow().getStatus()).isEqualTo(ArticleStatus.IN_REVIEW);
        assertThat(editorial.reviews(article.getId()))
                .extracting(ArticleReview::reviewer)
                .doesNotContain(rewriter);

        PageSession other = PageSession.login(this::uri, colleague, PASSWORD);
        assertThat(other.post(page, "title", "改标题", "summary", "摘要", "body", "正文", "version", "0")
                        .statusCode())
                .as("a reviewer does not write")
                .isEqualTo(403);
        assertThat(other.get("/editor/articles/new").statusCode()).isEqualTo(403);
        assertThat(other.post(page + "/approve").statusCode()).isEqualTo(302);
        assertThat(editorial.find(article.getId()).orElseThrow().getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
    }

    private String person(String username, Role... roles) {
        EnumSet<Role> set = EnumSet.noneOf(Role.class);
        set.addAll(List.of(roles));
        accounts.add(Account.create(username, encoder.encode(PASSWORD), username, set, Instant.now()));
        return username;
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}
