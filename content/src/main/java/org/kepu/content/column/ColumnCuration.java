package org.kepu.content.column;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.kepu.content.ContentKey;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Editors curate a column: add and remove items, reorder, pin to the top, feature on the home page. */
@Service
public class ColumnCuration {

    private final ColumnItemRepository items;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ColumnCuration(ColumnItemRepository items, ApplicationEventPublisher events, Clock clock) {
        this.items = items;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ColumnItem> of(long columnId) {
        return items.findByColumnIdOrderByPinnedDescPositionAsc(columnId);
    }

    /** Items featured in any column, newest first: the home page's carousel. */
    @Transactional(readOnly = true)
    public List<ColumnItem> featured() {
        return items.findTop8ByFeaturedTrueOrderByAddedAtDesc();
    }

    @Transactional
    public void add(long columnId, ContentKey key, String editor) {
        if (items.findByColumnIdAndContentTypeAndContentId(columnId, key.type().code(), key.id())
                .isPresent()) {
            return;
        }
        int last = of(columnId).stream().mapToInt(ColumnItem::position).max().orElse(0);
        items.save(new ColumnItem(
                null, columnId, key.type().code(), key.id(), last + 1, false, false, editor, clock.instant()));
        events.publishEvent(new ColumnCurated(columnId, editor, "column.item-added", key.toString(), false));
    }

    @Transactional
    public void remove(long columnId, long itemId, String editor) {
        items.findById(itemId).filter(i -> i.columnId() == columnId).ifPresent(item -> {
            items.delete(item);
            // a featured item leaves the home carousel
            events.publishEvent(new ColumnCurated(
                    columnId, editor, "column.item-removed", item.key().toString(), item.featured()));
        });
    }

    /** Moves an item one place up ({@code -1}) or down ({@code +1}) among the items of its group. */
    @Transactional
    public void move(long columnId, long itemId, int direction, String editor) {
        List<ColumnItem> ordered = new ArrayList<>(of(columnId));
        int index = indexOf(ordered, itemId);
        int target = index + Integer.signum(direction);
        if (index < 0
                || target < 0
                || target >= ordered.size()
                || ordered.get(target).pinned() != ordered.get(index).pinned()) {
            return;
        }
        place(columnId, ordered, index, target, editor);
    }

    /**
     * Moves an item to a place (1 for the top) in one step, as a drag and drop does; pinned items
     * stay above the others, so the place is kept within the item's group.
     */
    @Transactional
    public void moveTo(long columnId, long itemId, int position, String editor) {
        List<ColumnItem> ordered = new ArrayList<>(of(columnId));
        int index = indexOf(ordered, itemId);
        if (index < 0) {
            return;
        }
        boolean pinned = ordered.get(index).pinned();
        int first = 0;
        while (first < ordered.size() && ordered.get(first).pinned() != pinned) {
            first++;
        }
        int last = first;
        while (last + 1 < ordered.size() && ordered.get(last + 1).pinned() == pinned) {
            last++;
        }
        int target = Math.max(first, Math.min(last, position - 1));
        if (target != index) {
            place(columnId, ordered, index, target, editor);
        }
    }

    private void place(long columnId, List<ColumnItem> ordered, int index, int target, String editor) {
        ColumnItem moving = ordered.remove(index);
        ordered.add(target, moving);
        for (int i = 0; i < ordered.size(); i++) {
            items.save(ordered.get(i).at(i + 1));
        }
        events.publishEvent(
                new ColumnCurated(columnId, editor, "column.item-moved", moving.key() + " → " + (target + 1), false));
    }

    @Transactional
    public void pin(long columnId, long itemId, boolean on, String editor) {
        update(columnId, itemId, item -> item.pinned(on));
        events.publishEvent(new ColumnCurated(
                columnId, editor, on ? "column.item-pinned" : "column.item-unpinned", String.valueOf(itemId), false));
    }

    @Transactional
    public void feature(long columnId, long itemId, boolean on, String editor) {
        update(columnId, itemId, item -> item.featured(on));
        // the home carousel shows featured items
        events.publishEvent(new ColumnCurated(
                columnId,
                editor,
                on ? "column.item-featured" : "column.item-unfeatured",
                String.valueOf(itemId),
                true));
    }

    private void update(long columnId, long itemId, UnaryOperator<ColumnItem> change) {
        items.findById(itemId).filter(i -> i.columnId() == columnId).map(change).ifPresent(items::save);
    }

    private static int indexOf(List<ColumnItem> ordered, long itemId) {
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).id() == itemId) {
                return i;
            }
        }
        return -1;
    }
}
