package org.kepu.content.column;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** An editor-curated column (专栏 or 专题) grouping articles and videos. */
@Table("content_column")
public record ContentColumn(
        @Id Long id,
        String slug,
        String name,
        String description,
        ColumnKind kind,
        int sortOrder,
        Instant createdAt,
        String coverKey,
        LocalDate startsOn,
        LocalDate endsOn,
        boolean onHome) {

    public static ContentColumn create(
            String slug, String name, String description, ColumnKind kind, int sortOrder, Instant now) {
        return new ContentColumn(null, slug, name, description, kind, sortOrder, now, null, null, null, false);
    }

    /** The same column with new details from an editor; id, slug and creation stay. */
    public ContentColumn withDetails(
            String name,
            String description,
            ColumnKind kind,
            int sortOrder,
            LocalDate startsOn,
            LocalDate endsOn,
            boolean onHome) {
        return new ContentColumn(
                id, slug, name, description, kind, sortOrder, createdAt, coverKey, startsOn, endsOn, onHome);
    }

    /** Whether a 专题 runs on the day; a 专栏 always does. */
    public boolean isRunningOn(LocalDate day) {
        return (startsOn == null || !day.isBefore(startsOn)) && (endsOn == null || !day.isAfter(endsOn));
    }
}
