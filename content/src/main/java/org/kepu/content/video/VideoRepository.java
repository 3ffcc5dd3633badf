package org.kepu.content.video;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface VideoRepository extends ListCrudRepository<Video, Long> {

    // the public lists are written out: a derived query builds its SQL again on every call (docs/PERFORMANCE.md)
    @Query("""
            select * from video where status = 'READY' and published
            order by published_at desc, id desc limit 12
            """)
    List<Video> latestPublic();

    @Query("""
            select * from video where column_id = :columnId and status = 'READY' and published
            order by published_at desc, id desc limit :limit offset :offset
            """)
    List<Video> publicInColumn(long columnId, long limit, long offset);

    @Query("select count(*) from video where column_id = :columnId and status = 'READY' and published")
    long countPublicInColumn(long columnId);

    List<Video> findByStatusAndPublishedTrueOrderByPublishedAtDesc(VideoStatus status);

    List<Video> findByStatusAndIdGreaterThanOrderByIdAsc(VideoStatus status, Long afterId, Limit limit);

    List<Video> findTop50ByOwnerIdOrderByCreatedAtDesc(Long ownerId);

    long countByOwnerIdAndStatus(Long ownerId, VideoStatus status);

    @Query("select * from video where editorial = 'IN_REVIEW' or correction_in_review order by updated_at")
    List<Video> findInReview();

    @Query("""
            select * from video
             where editorial <> 'CONTEST_ENTRY'
               and (cast(:editorial as varchar(20)) is null or editorial = :editorial
                    or (:editorial = 'IN_REVIEW' and correction_in_review))
               and (cast(:columnId as bigint) is null or column_id = :columnId)
               and (cast(:townCode as varchar(40)) is null or town_code = :townCode)
               and (cast(:text as varchar(200)) is null or lower(title) like :text or lower(created_by) like :text)
             order by updated_at desc, id desc
             limit 200""")
    List<Video> search(String editorial, Long columnId, String townCode, String text);

    @Query("select username from account where id = :accountId")
    String findUsername(long accountId);

    @Query("select id from account where id = :accountId for update")
    List<Long> lockAccount(long accountId);

    @Modifying
    @Query("update video set pending_media_prefix = :prefix where id = :id")
    void updatePendingMediaPrefix(long id, String prefix);

    @Query("select pending_media_prefix from video where id = :id")
    String findPendingMediaPrefix(long id);

    @Modifying
    @Query(
            "update video set progress = :progress, updated_at = current_timestamp where id = :id and status = 'PROCESSING'")
    void updateProgress(long id, int progress);
}
