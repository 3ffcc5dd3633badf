package org.kepu.content.contest;

import org.kepu.content.ContentEvent;
import org.kepu.content.ContentKey;

/** 初审 passed: the entry goes on to the judges and into the public gallery. */
record EntryAccepted(long entryId, String actor, String detail) implements ContentEvent {

    @Override
    public ContentKey key() {
        return ContentKey.entry(entryId);
    }

    @Override
    public String action() {
        return "entry.accepted";
    }

    @Override
    public boolean changesPublicView() {
        return true;
    }
}
