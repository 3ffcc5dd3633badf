package org.kepu.content.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kepu.content.DomainTexts;
import org.kepu.content.audit.AuditEvent;
import org.kepu.content.audit.AuditLog;
import org.kepu.content.editorial.EditorialRuleBroken;
import org.kepu.content.editorial.SensitiveWords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = "kepu.jobs.enabled=false")
class EditorialTests {

    @Autowired
    Editorial editorial;

    @Autowired
    SensitiveWords sensitiveWords;

    @Autowired
    AuditLog audit;

    @Test
    void anEditorWritesAReviewerRejectsWithAReasonTheEditorFixesAndTheReviewerPublishes() {
        Article draft = editorial.write(draft("沙尘暴防护", "<p>初稿</p>"), "初稿", null, "编辑甲");
        assertThat(draft.getStatus()).isEqualTo(ArticleStatus.DRAFT);

        editorial.submit(draft.getId(), "编辑甲");
        assertThatThrownBy(() -> editorial.reject(draft.getId(), "审核乙", " ")).satisfies(DomainTexts.saysPart("原因"));
        Article rejected = editorial.reject(draft.getId(), "审核乙", "请补充外出防护的具体做法");
        assertThat(rejected.getStatus()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(rejected.getRejectionReason()).isEqualTo("请补充外出防护的具体做法");

        Article fixed = editorial.revise(
                draft.getId(), rejected.getVersion(), draft("沙尘暴防护", "<p>第二稿：外出戴口罩和护目镜</p>"), "第二稿", null, "编辑甲");
        editorial.submit(draft.getId(), "编辑甲");
        Article published = editorial.approve(draft.getId(), "审核乙", false);

        assertThat(published.getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(published.getPublishedAt()).isNotNull();
        assertThat(published.getRejectionReason()).isNull();
        assertThat(editorial.revisions(draft.getId()))
                .extracting(ArticleRevision::number)
                .containsExactly(2, 1);
        assertThat(audit.of("article", draft.getId()))
                .extracting(AuditEvent::action)
                .containsExactly(
                        "article.published",
                        "article.approved",
                        "article.submitted",
                        "article.revised",
                        "article.rejected",
                        "article.submitted",
                        "article.created");
        assertThat(fixed.getVersion()).isGreaterThan(draft.getVersion());
    }

    @Test
    void aStaleEditIsRefusedAndLosesNothing() {
        Article article = editorial.write(draft("合理用药", "<p>第一版</p>"), null, null, "编辑甲");
        long seen = article.getVersion();
        editorial.revise(article.getId(), seen, draft("合理用药", "<p>同事先保存的版本</p>"), null, null, "编辑丙");

        assertThatThrownBy(
                        () -> editorial.revise(article.getId(), seen, draft("合理用药", "<p>我的旧版本</p>"), null, null, "编辑甲"))
                .isInstanceOf(StaleArticle.class);
        assertThat(editorial.revisions(article.getId()).get(0).bodyHtml()).isEqualTo("<p>同事先保存的版本</p>");
    }

    @Test
    void authorsCannotReviewTheirOwnArticles() {
        Article article = editorial.write(draft("自己审自己", "<p>正文</p>"), null, null, "编辑甲");
        editorial.submit(article.getId(), "编辑甲");

        assertThatThrownBy(() -> editorial.approve(article.getId(), "编辑甲", false))
                .satisfies(DomainTexts.saysPart("自己"));
        assertThat(editorial.reviewQueueOf("编辑甲")).extracting(Article::getId).doesNotContain(article.getId());
        assertThat(editorial.reviewQueueOf("审核乙")).extracting(Article::getId).contains(article.getId());
    }

    @Test
    void sensitiveWordsBlockPublishingUntilAReviewerOverridesAndTheOverrideIsLogged() {
        sensitiveWords.add("偏方", "管理员");
        Article article = editorial.write(draft("降压偏方不可信", "<p>网传偏方不能代替药物。</p>"), null, null, "编辑甲");
        editorial.submit(article.getId(), "编辑甲");

        assertThatThrownBy(() -> editorial.approve(article.getId(), "审核乙", false))
                .satisfies(DomainTexts.saysPart("偏方"));
        Article published = editorial.approve(article.getId(), "审核乙", true);

        assertThat(published.getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(published.getSensitiveOverrideBy()).isEqualTo("审核乙");
        assertThat(audit.of("article", article.getId()))
                .extracting(AuditEvent::action)
                .contains("article.sensitive-override");
        sensitiveWords.remove("偏方", "管理员");
    }

    @Test
    void anArticleApprovedBeforeItsTimeIsScheduledThenPublished() {
        Instant later = Instant.now().plus(Duration.ofDays(2));
        Article article = editorial.write(withPublishAt(draft("科技活动周预告", "<p>预告</p>"), later), null, null, "编辑甲");
        editorial.submit(article.getId(), "编辑甲");

        Article scheduled = editorial.approve(article.getId(), "审核乙", false);
        assertThat(scheduled.getStatus()).isEqualTo(ArticleStatus.SCHEDULED);

        editorial.publishScheduled(article.getId());
        editorial.publishScheduled(article.getId());
        assertThat(editorial.revisions(article.getId())).hasSize(1);
        assertThat(editorial.byStatus(ArticleStatus.PUBLISHED))
                .extracting(Article::getId)
                .contains(article.getId());
    }

    @Test
    void anOldRevisionCanBeRestoredAsANewOne() {
        Article article = editorial.write(draft("观星入门", "<p>第一版</p>"), "第一版", null, "编辑甲");
        Article second = editorial.revise(
                article.getId(), article.getVersion(), draft("观星入门", "<p>第二版</p>"), "第二版", null, "编辑甲");

        Article restored = editorial.restore(article.getId(), 1, "编辑甲");

        assertThat(restored.getBodyHtml()).isEqualTo("<p>第一版</p>");
        assertThat(restored.getBodyMarkdown()).isEqualTo("第一版");
        assertThat(editorial.revisions(article.getId()))
                .extracting(ArticleRevision::number)
                .containsExactly(3, 2, 1);
        assertThat(second.getVersion()).isLessThan(restored.getVersion());
    }

    @Test
    void aPublishedArticleGoesOfflineAndOnlyDraftsAreEdited() {
        Article article = editorial.write(draft("风力发电", "<p>正文</p>"), null, null, "编辑甲");
        editorial.submit(article.getId(), "编辑甲");
        Article published = editorial.approve(article.getId(), "审核乙", false);

        assertThatThrownBy(() -> editorial.submit(article.getId(), "编辑甲")).isInstanceOf(EditorialRuleBroken.class);
        Article offline = editorial.takeOffline(article.getId(), "审核乙");
        assertThat(offline.getStatus()).isEqualTo(ArticleStatus.OFFLINE);
        assertThat(published.isPublished()).isTrue();
    }

    private static ArticleDraft draft(String title, String html) {
        return new ArticleDraft(
                title,
                title + "的摘要",
                html,
                "伊金霍洛科普编辑部",
                "本站编辑",
                List.of("应急"),
                null,
                "ejinhoro",
                List.of("elderly"),
                null);
    }

    private static ArticleDraft withPublishAt(ArticleDraft d, Instant at) {
        return new ArticleDraft(
                d.title(),
                d.summary(),
                d.bodyHtml(),
                d.source(),
                d.author(),
                d.tags(),
                d.columnId(),
                d.townCode(),
                d.audienceCodes(),
                at);
    }
}
