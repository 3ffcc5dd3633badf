package org.kepu.content.editorial;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface SensitiveWordRepository extends ListCrudRepository<SensitiveWord, String> {

    List<SensitiveWord> findAllByOrderByWord();
}
