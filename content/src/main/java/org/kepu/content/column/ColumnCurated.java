package org.kepu.content.column;

/**
 * An editor curated a column: added, removed, moved, pinned or featured an item. A column is not
 * an item, so this is no {@code ContentEvent}: nothing is reindexed (a document does not name its
 * columns); {@link ColumnCurationListener} writes the audit record and, when the home page's
 * featured items changed, tells the cached lists.
 *
 * @param action the audit action code, e.g. {@code column.item-added}
 * @param detail the item it is about, e.g. {@code article:12}
 * @param changesHomePage whether the featured items (the home carousel) changed
 */
record ColumnCurated(long columnId, String actor, String action, String detail, boolean changesHomePage) {}
