package org.kepu.content.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kepu.content.DomainTexts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** 三审: three different reviewers must approve. */
@SpringBootTest(properties = {"kepu.jobs.enabled=false", "kepu.editorial.review-levels=3"})
class MultiLevelReviewTests {

    @Autowired
    Editorial editorial;

    @Test
    void threeDifferentReviewersPublishAndNoneMayApproveTwice() {
        Article article = editorial.write(
                new ArticleDraft("三审三校", "摘要", "<p>正文</p>", null, null, List.of(), null, null, List.of(), null),
                null,
                null,
                "编辑甲");
        editorial.submit(article.getId(), "编辑甲");

        assertThat(editorial.approve(article.getId(), "初审", false).getStatus()).isEqualTo(ArticleStatus.IN_REVIEW);
        assertThatThrownBy(() -> editorial.approve(article.getId(), "初审", false))
                .satisfies(DomainTexts.saysPart("两个级别"));
        assertThat(editorial.approve(article.getId(), "复审", false).getStatus()).isEqualTo(ArticleStatus.IN_REVIEW);
        assertThat(editorial.approvals(article.getId())).isEqualTo(2);
        assertThat(editorial.approve(article.getId(), "终审", false).getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
    }
}
