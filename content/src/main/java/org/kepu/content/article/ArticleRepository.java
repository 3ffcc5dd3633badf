package org.kepu.content.article;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ArticleRepository extends ListCrudRepository<Article, Long> {

    // Lists show a work once, by its original; the catalog attaches the other language's version. The public
    // reads are written out: a derived query builds its SQL again on every call (docs/PERFORMANCE.md).
    @Query("""
            select * from article where status = 'PUBLISHED' and translation_of is null
            order by published_at desc, id desc limit 12
            """)
    List<Article> latestPublished();

    @Query("select * from article where translation_of in (:originals)")
    List<Article> findByTranslationOfIn(Collection<Long> originals);

    @Query("""
            select id, title, summary, published_at, cover_key from article
            where status = 'PUBLISHED' and translation_of is null order by published_at desc, id desc limit :limit
            """)
    List<ArticleCard> latestCards(int limit);

    @Query("select id, title, summary, published_at, cover_key from article where id in (:ids)")
    List<ArticleCard> cardsOf(Collection<Long> ids);

    @Query("""
            select * from article where column_id = :columnId and status = 'PUBLISHED' and translation_of is null
            order by published_at desc, id desc limit :limit offset :offset
            """)
    List<Article> publishedInColumn(long columnId, long limit, long offset);

    @Query("""
            select count(*) from article where column_id = :columnId and status = 'PUBLISHED' and translation_of is null
            """)
    long countPublishedInColumn(long columnId);

    List<Article> findByStatusOrderByPublishedAtDesc(ArticleStatus status);

    List<Article> findByStatusAndIdGreaterThanOrderByIdAsc(ArticleStatus status, Long afterId, Limit limit);

    List<Article> findTop100ByStatusOrderByUpdatedAtDesc(ArticleStatus status);

    List<Article> findTop100ByCreatedByOrderByUpdatedAtDesc(String createdBy);

    @Query("select article_id from article_correction where status = 'IN_REVIEW' order by updated_at")
    List<Long> correctionsInReview();

    @Query("select article_id from article_correction order by updated_at desc limit 100")
    List<Long> withCorrections();

    @Query("""
            select * from article where town_code = :townCode and status = 'PUBLISHED' and translation_of is null
            order by published_at desc, id desc limit :limit offset :offset
            """)
    List<Article> publishedInTown(String townCode, long limit, long offset);

    @Query("""
            select count(*) from article where town_code = :townCode and status = 'PUBLISHED' and translation_of is null
            """)
    long countPublishedInTown(String townCode);

    @Query("""
            select a.id from article a join article_audience aa on aa.article_id = a.id
            where aa.audience_code = :audience and a.status = 'PUBLISHED' and a.translation_of is null
            order by a.published_at desc, a.id desc
            limit :limit offset :offset
            """)
    List<Long> publishedForAudience(String audience, long limit, long offset);

    @Query("""
            select count(*) from article a join article_audience aa on aa.article_id = a.id
            where aa.audience_code = :audience and a.status = 'PUBLISHED' and a.translation_of is null
            """)
    long countPublishedForAudience(String audience);

    @Query("""
            select coalesce(a.translation_of, a.id) from article a
            join view_daily d on d.content_type = 'article' and d.content_id = a.id
            where a.status = 'PUBLISHED' and d.view_day >= :since
            group by coalesce(a.translation_of, a.id)
            order by sum(d.views) desc, coalesce(a.translation_of, a.id) desc
            limit :limit
            """)
    List<Long> mostReadSince(LocalDate since, int limit);
}
