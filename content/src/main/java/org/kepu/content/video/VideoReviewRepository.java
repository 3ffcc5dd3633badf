package org.kepu.content.video;

import java.util.List;
import org.kepu.content.editorial.ReviewDecision;
import org.springframework.data.repository.ListCrudRepository;

interface VideoReviewRepository extends ListCrudRepository<VideoReview, Long> {

    List<VideoReview> findByVideoIdOrderByCreatedAtDescIdDesc(long videoId);

    List<VideoReview> findByVideoIdAndRevisionAndDecisionOrderByLevel(
            long videoId, int revision, ReviewDecision decision);
}
