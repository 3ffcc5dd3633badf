package org.kepu.content.editorial;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.Table;

@Table("sensitive_word")
record SensitiveWord(@Id String word, String addedBy, Instant addedAt) implements Persistable<String> {

    @Override
    public String getId() {
        return word;
    }

    @Override
    public boolean isNew() {
        return true;
    }
}
