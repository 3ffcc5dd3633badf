package org.kepu.portal.curation;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kepu.content.ContentKey;
import org.kepu.content.catalog.Catalog;
import org.kepu.content.catalog.PublicItem;
import org.kepu.content.column.ColumnItem;
import org.springframework.stereotype.Component;

/** Resolves curated items to what readers may see: unpublished or removed items drop out silently. */
@Component
public class CuratedItems {

    private final Catalog catalog;

    CuratedItems(Catalog catalog) {
        this.catalog = catalog;
    }

    public List<CuratedItem> visible(List<ColumnItem> items) {
        Map<ContentKey, PublicItem> shown = catalog
                .curated(items.stream().map(ColumnItem::key).toList())
                .stream()
                .collect(Collectors.toMap(PublicItem::key, Function.identity()));
        return items.stream()
                .filter(item -> shown.containsKey(item.key()))
                .map(item -> CuratedItem.of(shown.get(item.key()), item.id(), item.pinned(), item.featured()))
                .toList();
    }
}
