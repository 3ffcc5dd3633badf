package org.kepu.content.column;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** An editor-curated column (专栏 or 专题) grouping articles and videos. */
@Table("content_column")
public record ContentColumn(
        @Id Long id, String slug, String name, String description, ColumnKind kind, int sortOrder, Instant createdAt) {

    public static ContentColumn create(
            String slug, String name, String description, ColumnKind kind, int sortOrder, Instant now) {
        return new ContentColumn(null, slug, name, description, kind, sortOrder, now);
    }
}
