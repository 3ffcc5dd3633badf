package org.kepu.content.column;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface ColumnItemRepository extends ListCrudRepository<ColumnItem, Long> {

    List<ColumnItem> findByColumnIdOrderByPinnedDescPositionAsc(long columnId);

    Optional<ColumnItem> findByColumnIdAndContentTypeAndContentId(long columnId, String contentType, long contentId);

    List<ColumnItem> findTop8ByFeaturedTrueOrderByAddedAtDesc();
}
