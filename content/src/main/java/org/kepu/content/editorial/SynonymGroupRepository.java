package org.kepu.content.editorial;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface SynonymGroupRepository extends ListCrudRepository<SynonymGroup, Long> {

    List<SynonymGroup> findAllByOrderByIdAsc();
}
