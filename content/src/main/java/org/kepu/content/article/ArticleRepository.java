package org.kepu.content.article;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface ArticleRepository extends ListCrudRepository<Article, Long> {

    List<Article> findTop12ByStatusOrderByPublishedAtDesc(ArticleStatus status);

    Page<Article> findByColumnIdAndStatusOrderByPublishedAtDesc(Long columnId, ArticleStatus status, Pageable page);

    long countByStatus(ArticleStatus status);

    @Modifying
    @Query("update article set view_count = view_count + 1 where id = :id")
    void incrementViews(long id);
}
