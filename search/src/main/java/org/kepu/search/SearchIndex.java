package org.kepu.search;

import java.util.Iterator;
import java.util.List;

/**
 * A full-text index of {@link SearchDocument}s. The database is the source of truth; an index can always be
 * rebuilt from it, so writes are idempotent, versioned upserts.
 *
 * <p>Writes become visible to {@link #search} shortly after they return (near real time); call
 * {@link #refresh()} to make them visible at once. Implementations are thread-safe. Every operation throws
 * {@link SearchIndexUnavailable} when the engine cannot be reached, within the configured timeouts.
 */
public interface SearchIndex extends AutoCloseable {

    /**
     * Adds the document, or replaces the one with the same id unless that one has a higher
     * {@link SearchDocument#version()}.
     */
    void index(SearchDocument doc);

    /** Removes the document with this id; does nothing if there is none. */
    void delete(String id);

    /**
     * Removes the document with this id unless the indexed one has a higher version than {@code version} (it was
     * written by a later change, which wins).
     */
    void delete(String id, long version);

    /**
     * Finds documents matching the query, with facet counts over all matches. Never throws for odd input (quotes,
     * wildcards, very long or blank text); such input simply finds what it finds, possibly nothing.
     */
    SearchHits search(SearchQuery query);

    /**
     * Titles to offer while a person types: titles containing the prefix at a word start, or whose pinyin or
     * initials start with it ({@code kepu}, {@code kp} → 科普...), most viewed first; popular queries from
     * {@link PopularQueries} come before titles. At most {@code limit}, without duplicates.
     */
    List<String> suggest(String prefix, int limit);

    /** Documents like the one with this id (same words in title and summary), best first, without itself. */
    List<SearchHit> related(String id, int limit);

    /**
     * Builds a fresh index from all documents and switches searches to it when done, without downtime: writes
     * that arrive meanwhile go to both the old and the new index. Versions decide between a rebuilt document and a
     * concurrent write of the same id. Only one rebuild runs at a time.
     *
     * @param documents every document that should be searchable; consumed once
     * @param progress told the running count every few hundred documents and at the end
     */
    RebuildReport rebuild(Iterator<SearchDocument> documents, RebuildProgress progress);

    /** How many documents are searchable right now. */
    long count();

    /** Makes all writes that returned before this call visible to search. Meant for tests and bulk loads. */
    void refresh();

    /** Whether the index can take reads and writes; backs the health check. Answers quickly, never throws. */
    boolean isUsable();

    /** Flushes pending writes durably and releases the index. */
    @Override
    void close();
}
