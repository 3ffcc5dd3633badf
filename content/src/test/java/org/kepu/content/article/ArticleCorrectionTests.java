package org.kepu.content.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kepu.content.DomainTexts;
import org.kepu.content.editorial.EditorialRuleBroken;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A correction of a published article is a revision reviewed like a draft, at the same levels and
 * under the same four-eyes rules, while readers keep the published text until it is approved.
 */
@SpringBootTest(properties = {"kepu.jobs.enabled=false", "kepu.editorial.review-levels=3"})
class ArticleCorrectionTests {

    @Autowired
    Editorial editorial;

    @Autowired
    Articles articles;

    @Test
    void aCorrectionIsReviewedWhileThePublishedTextStaysThenReplacesIt() {
        long id = published("<p>冬季取暖谨防一氧化碳中毒。</p>");
        Article before = editorial.find(id).orElseThrow();

        Article corrected =
                editorial.revise(id, before.getVersion(), draft("<p>冬季取暖谨防一氧化碳中毒，请安装报警器。</p>"), "改正", null, "编辑甲");

        assertThat(corrected.getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(corrected.getCorrection().getStatus()).isEqualTo(ArticleCorrection.Status.DRAFT);
        assertThat(articles.published(id).getBodyHtml()).isEqualTo("<p>冬季取暖谨防一氧化碳中毒。</p>");

        editorial.submit(id, "编辑甲");
        assertThat(editorial.find(id).orElseThrow().isInReview()).isTrue();
        assertThat(editorial.reviewQueueOf("审核乙")).extracting(Article::getId).contains(id);
        assertThatThrownBy(() -> editorial.approve(id, "编辑甲", false)).isInstanceOf(EditorialRuleBroken.class);
        assertThatThrownBy(() -> editorial.revise(
                        id, editorial.find(id).orElseThrow().getVersion(), draft("<p>再改</p>"), null, null, "编辑甲"))
                .satisfies(DomainTexts.saysPart("修订正在审核中"));

        editorial.approve(id, "审核乙", false);
        editorial.approve(id, "审核丙", false);
        assertThat(articles.published(id).getBodyHtml()).isEqualTo("<p>冬季取暖谨防一氧化碳中毒。</p>");
        Article replaced = editorial.approve(id, "审核丁", false);

        assertThat(replaced.getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(replaced.getCorrection()).isNull();
        assertThat(replaced.getPublishedAt()).isEqualTo(before.getPublishedAt());
        assertThat(articles.published(id).getBodyHtml()).isEqualTo("<p>冬季取暖谨防一氧化碳中毒，请安装报警器。</p>");
        assertThat(articles.published(id).getBodyMarkdown()).isEqualTo("改正");
        assertThat(replaced.getApprovedRevision())
                .isEqualTo(editorial.revisions(id).get(0).number());
    }

    @Test
    void aReturnedCorrectionGoesBackToItsEditorWithTheReason() {
        long id = published("<p>草原上不要野炊。</p>");
        editorial.revise(
                id, editorial.find(id).orElseThrow().getVersion(), draft("<p>草原上禁止野炊。</p>"), null, null, "编辑甲");
        editorial.submit(id, "编辑甲");

        Article returned = editorial.reject(id, "审核乙", "请注明依据的法规");

        assertThat(returned.getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(returned.getCorrection().getStatus()).isEqualTo(ArticleCorrection.Status.DRAFT);
        assertThat(returned.getRejectionReason()).isEqualTo("请注明依据的法规");
        assertThat(returned.isInReview()).isFalse();
        assertThat(articles.published(id).getBodyHtml()).isEqualTo("<p>草原上不要野炊。</p>");
        Article again = editorial.revise(id, returned.getVersion(), draft("<p>依据防火条例，草原上禁止野炊。</p>"), null, null, "编辑甲");
        assertThat(again.getCorrection().getBodyHtml()).contains("防火条例");
    }

    private long published(String html) {
        Article article = editorial.write(draft(html), null, null, "编辑甲");
        editorial.submit(article.getId(), "编辑甲");
        editorial.approve(article.getId(), "审核乙", false);
        editorial.approve(article.getId(), "审核丙", false);
        Article done = editorial.approve(article.getId(), "审核丁", false);
        assertThat(done.getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
        return done.getId();
    }

    private static ArticleDraft draft(String html) {
        return new ArticleDraft("冬季安全", "摘要", html, null, null, List.of("安全"), null, null, List.of(), null);
    }
}
