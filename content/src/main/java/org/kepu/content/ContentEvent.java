package org.kepu.content;

/**
 * A past-tense fact about one item (article, video or entry), published exactly once inside the
 * transaction of the change. {@link ContentEventListeners} turn it into the audit record, the index
 * job and the change notice for cached lists, so the services that change state do none of that
 * by hand. Implemented by typed records such as {@code ArticlePublished} or {@code VideoWithdrawn}.
 */
public interface ContentEvent {

    /** The item the fact is about. */
    ContentKey key();

    /** Who did it: a username, or {@code system} for the job queue. */
    String actor();

    /** The audit action code, e.g. {@code article.published}; its Chinese label is {@code audit.action.<code>}. */
    String action();

    /** What the audit record adds, e.g. a reason; {@code null} when nothing. */
    default String detail() {
        return null;
    }

    /**
     * Whether what the public sees of the item may have changed (published, corrected, taken
     * offline, deleted): it is then reindexed and cached lists are rebuilt. Internal steps such as
     * a submission or one review level leave the public view as it was.
     */
    default boolean changesPublicView() {
        return false;
    }
}
