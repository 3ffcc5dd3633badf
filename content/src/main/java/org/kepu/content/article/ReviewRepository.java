package org.kepu.content.article;

import java.util.List;
import org.kepu.content.editorial.ReviewDecision;
import org.springframework.data.repository.ListCrudRepository;

interface ReviewRepository extends ListCrudRepository<ArticleReview, Long> {

    List<ArticleReview> findByArticleIdOrderByCreatedAtDescIdDesc(long articleId);

    List<ArticleReview> findByArticleIdAndRevisionAndDecisionOrderByLevel(
            long articleId, int revision, ReviewDecision decision);
}
