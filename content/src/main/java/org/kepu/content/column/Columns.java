package org.kepu.content.column;

import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The columns (专栏, 专题): reading them, and an editor creating or changing one. A change is a
 * {@link ColumnCurated} step, so it is audited and the home page and navigation are rebuilt.
 */
@Service
public class Columns {

    private final ColumnRepository columns;
    private final ApplicationEventPublisher events;

    Columns(ColumnRepository columns, ApplicationEventPublisher events) {
        this.columns = columns;
        this.events = events;
    }

    public Optional<ContentColumn> findById(long id) {
        return columns.findById(id);
    }

    public Optional<ContentColumn> findBySlug(String slug) {
        return columns.findBySlug(slug);
    }

    /** All columns in the order editors gave them. */
    public List<ContentColumn> findAllByOrderBySortOrderAscIdAsc() {
        return columns.findAllByOrderBySortOrderAscIdAsc();
    }

    /** The columns shown on the home page, in order. */
    public List<ContentColumn> findByOnHomeTrueOrderBySortOrderAscIdAsc() {
        return columns.findByOnHomeTrueOrderBySortOrderAscIdAsc();
    }

    public long count() {
        return columns.count();
    }

    /** A new column; its slug must be free. */
    @Transactional
    public ContentColumn create(ContentColumn column, String editor) {
        if (column.id() != null) {
            throw new IllegalArgumentException("Column " + column.id() + " exists already");
        }
        ContentColumn created = columns.save(column);
        events.publishEvent(new ColumnCurated(created.id(), editor, "column.created", created.slug(), true));
        return created;
    }

    /** New details of an existing column (see {@link ContentColumn#withDetails}). */
    @Transactional
    public ContentColumn change(ContentColumn column, String editor) {
        if (column.id() == null || !columns.existsById(column.id())) {
            throw new ColumnNotFound(column.slug());
        }
        ContentColumn changed = columns.save(column);
        events.publishEvent(new ColumnCurated(changed.id(), editor, "column.changed", changed.name(), true));
        return changed;
    }
}
