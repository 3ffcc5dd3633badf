package org.kepu.search;

/**
 * A full-text index of {@link SearchDocument}s. The database is the source of truth; an index can always be
 * rebuilt from it, so writes are idempotent upserts.
 *
 * <p>Writes become visible to {@link #search} shortly after they return (near real time); call
 * {@link #refresh()} to make them visible at once. Implementations are thread-safe.
 */
public interface SearchIndex extends AutoCloseable {

    /** Adds the document, or replaces the one with the same id. */
    void index(SearchDocument doc);

    /** Removes the document with this id; does nothing if there is none. */
    void delete(String id);

    /**
     * Finds documents matching the query text, best first. Never throws for odd input (quotes, wildcards,
     * very long or blank text); such input simply finds what it finds, possibly nothing.
     */
    SearchHits search(SearchQuery query);

    /** How many documents are searchable right now. */
    long count();

    /** Makes all writes that returned before this call visible to search. Meant for tests and bulk loads. */
    void refresh();

    /** Whether the index can take reads and writes; backs the health check. */
    boolean isUsable();

    /** Flushes pending writes durably and releases the index. */
    @Override
    void close();
}
