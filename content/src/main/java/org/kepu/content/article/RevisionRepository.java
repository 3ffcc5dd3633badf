package org.kepu.content.article;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface RevisionRepository extends ListCrudRepository<ArticleRevision, Long> {

    List<ArticleRevision> findByArticleIdOrderByNumberDesc(long articleId);

    Optional<ArticleRevision> findFirstByArticleIdOrderByNumberDesc(long articleId);

    Optional<ArticleRevision> findByArticleIdAndNumber(long articleId, int number);
}
