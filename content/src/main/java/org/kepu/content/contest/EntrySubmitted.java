package org.kepu.content.contest;

import org.kepu.content.ContentEvent;
import org.kepu.content.ContentKey;

/** A creator entered the contest; the detail is the title. Screening comes before anyone sees it. */
record EntrySubmitted(long entryId, String actor, String detail) implements ContentEvent {

    @Override
    public ContentKey key() {
        return ContentKey.entry(entryId);
    }

    @Override
    public String action() {
        return "entry.submitted";
    }
}
