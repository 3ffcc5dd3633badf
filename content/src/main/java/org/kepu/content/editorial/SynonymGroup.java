package org.kepu.content.editorial;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** Terms that mean the same to a searcher, e.g. 应急避险, 防灾减灾. */
@Table("synonym_group")
public record SynonymGroup(@Id Long id, String terms, String addedBy, Instant addedAt) {

    public List<String> termList() {
        return Arrays.stream(terms.split(","))
                .map(String::strip)
                .filter(t -> !t.isEmpty())
                .toList();
    }
}
