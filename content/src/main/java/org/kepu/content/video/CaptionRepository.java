package org.kepu.content.video;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface CaptionRepository extends ListCrudRepository<Caption, Long> {

    List<Caption> findByVideoIdOrderByLanguage(long videoId);

    Optional<Caption> findByVideoIdAndLanguage(long videoId, String language);
}
