package org.kepu.content.column;

import java.time.Instant;
import org.kepu.content.ContentKey;
import org.kepu.content.ContentType;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** An article, video or contest entry an editor placed in a column, in a chosen order. */
@Table("column_item")
public record ColumnItem(
        @Id Long id,
        long columnId,
        String contentType,
        long contentId,
        int position,
        boolean pinned,
        boolean featured,
        String addedBy,
        Instant addedAt) {

    public ContentKey key() {
        return new ContentKey(ContentType.ofCode(contentType), contentId);
    }

    ColumnItem at(int newPosition) {
        return new ColumnItem(id, columnId, contentType, contentId, newPosition, pinned, featured, addedBy, addedAt);
    }

    ColumnItem pinned(boolean on) {
        return new ColumnItem(id, columnId, contentType, contentId, position, on, featured, addedBy, addedAt);
    }

    ColumnItem featured(boolean on) {
        return new ColumnItem(id, columnId, contentType, contentId, position, pinned, on, addedBy, addedAt);
    }
}
