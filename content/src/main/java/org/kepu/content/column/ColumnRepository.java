package org.kepu.content.column;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface ColumnRepository extends ListCrudRepository<ContentColumn, Long> {

    List<ContentColumn> findAllByOrderBySortOrderAscIdAsc();

    Optional<ContentColumn> findBySlug(String slug);

    List<ContentColumn> findByOnHomeTrueOrderBySortOrderAscIdAsc();
}
