package org.kepu.content.contest;

import org.kepu.content.ContentEvent;
import org.kepu.content.ContentKey;

/** The creator took the entry out of the contest; the detail is its title. */
record EntryWithdrawn(long entryId, String actor, String detail, boolean changesPublicView) implements ContentEvent {

    @Override
    public ContentKey key() {
        return ContentKey.entry(entryId);
    }

    @Override
    public String action() {
        return "entry.withdrawn";
    }
}
