package org.kepu.content.video;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface CaptionChangeRepository extends ListCrudRepository<CaptionChange, Long> {

    List<CaptionChange> findByVideoIdAndStateOrderByLanguage(long videoId, String state);

    List<CaptionChange> findByVideoIdOrderByCreatedAtDescIdDesc(long videoId);
}
