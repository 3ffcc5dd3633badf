package org.kepu.content.video;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface VideoRevisionRepository extends ListCrudRepository<VideoRevision, Long> {

    List<VideoRevision> findByVideoIdOrderByNumberDesc(long videoId);

    Optional<VideoRevision> findFirstByVideoIdOrderByNumberDesc(long videoId);

    Optional<VideoRevision> findByVideoIdAndNumber(long videoId, int number);
}
