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
 * Four eyes at every level of 三审: nobody who changed the text since it was last approved, nor
 * its submitter, approves it. Same context as {@link MultiLevelReviewTests}.
 */
@SpringBootTest(properties = {"kepu.jobs.enabled=false", "kepu.editorial.review-levels=3"})
class FourEyesTests {

    @Autowired
    Editorial editorial;

    @Test
    void aReviewerWhoRewroteAndSubmittedAnArticleApprovesItAtNoLevel() {
        Article article = editorial.write(draft("<p>初稿</p>"), null, null, "编辑甲");
        editorial.submit(article.getId(), "编辑甲");
        Article returned = editorial.reject(article.getId(), "审核乙", "请重写第二段");
        editorial.revise(article.getId(), returned.getVersion(), draft("<p>审核丙重写的稿子</p>"), null, null, "审核丙");
        editorial.submit(article.getId(), "审核丙");

        assertThatThrownBy(() -> editorial.approve(article.getId(), "审核丙", false))
                .isInstanceOf(EditorialRuleBroken.class)
                .satisfies(DomainTexts.saysPart("修改过这篇文章（第 2 版）"))
                .satisfies(DomainTexts.saysPart("请由其他审核人审核"));
        assertThat(editorial.reviewQueueOf("审核丙")).extracting(Article::getId).doesNotContain(article.getId());
        editorial.approve(article.getId(), "审核乙", false);
        assertThatThrownBy(() -> editorial.approve(article.getId(), "审核丙", false))
                .satisfies(DomainTexts.saysPart("修改过这篇文章"));
        assertThatThrownBy(() -> editorial.approve(article.getId(), "审核乙", false))
                .satisfies(DomainTexts.saysPart("两个级别"));
        editorial.approve(article.getId(), "审核丁", false);
        assertThatThrownBy(() -> editorial.approve(article.getId(), "审核丙", false))
                .satisfies(DomainTexts.saysPart("修改过这篇文章"));
        assertThat(editorial.find(article.getId()).orElseThrow().getStatus()).isEqualTo(ArticleStatus.IN_REVIEW);

        assertThat(editorial.approve(article.getId(), "审核戊", false).getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
    }

    @Test
    void whoeverSubmittedAnArticleMayNotApproveIt() {
        Article article = editorial.write(draft("<p>正文</p>"), null, null, "编辑甲");
        editorial.submit(article.getId(), "主编乙");

        assertThatThrownBy(() -> editorial.approve(article.getId(), "主编乙", false))
                .isInstanceOf(EditorialRuleBroken.class)
                .satisfies(DomainTexts.saysPart("提交人不能审核"));
        assertThat(editorial.whyNotApprover(article.getId(), "审核丙")).isEmpty();
        assertThat(editorial.approve(article.getId(), "审核丙", false).getStatus()).isEqualTo(ArticleStatus.IN_REVIEW);
    }

    @Test
    void changesApprovedBeforeDoNotBarTheirAuthorFromTheNextReview() {
        Article article = editorial.write(draft("<p>第一版</p>"), null, null, "编辑甲");
        Article revised =
                editorial.revise(article.getId(), article.getVersion(), draft("<p>审核乙改过的第二版</p>"), null, null, "审核乙");
        editorial.submit(article.getId(), "编辑甲");
        assertThatThrownBy(() -> editorial.approve(article.getId(), "审核乙", false))
                .satisfies(DomainTexts.saysPart("第 2 版"));
        editorial.approve(article.getId(), "审核丙", false);
        editorial.approve(article.getId(), "审核丁", false);
        Article published = editorial.approve(article.getId(), "审核戊", false);
        assertThat(published.getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(published.getApprovedRevision()).isEqualTo(2);

        Article offline = editorial.takeOffline(article.getId(), "审核丙");
        editorial.revise(article.getId(), offline.getVersion(), draft("<p>编辑庚补充的第三版</p>"), null, null, "编辑庚");
        editorial.submit(article.getId(), "编辑甲");

        assertThat(editorial.whyNotApprover(article.getId(), "审核乙"))
                .as("the second revision was approved at every level")
                .isEmpty();
        assertThat(editorial.whyNotApprover(article.getId(), "编辑庚"))
                .hasValueSatisfying(
                        reason -> assertThat(DomainTexts.wording(reason)).contains("修改过这篇文章（第 3 版）"));
        assertThat(editorial.approve(article.getId(), "审核乙", false).getStatus()).isEqualTo(ArticleStatus.IN_REVIEW);
        assertThat(revised.getVersion()).isGreaterThan(article.getVersion());
    }

    private static ArticleDraft draft(String html) {
        return new ArticleDraft("四眼原则", "摘要", html, null, null, List.of(), null, null, List.of(), null);
    }
}
