package org.kepu.content.contest;

import org.kepu.content.ContentEvent;
import org.kepu.content.ContentKey;

/** 初审 gave the entry back to its creator; the detail is the reason. */
record EntryReturned(long entryId, String actor, String detail, boolean changesPublicView) implements ContentEvent {

    @Override
    public ContentKey key() {
        return ContentKey.entry(entryId);
    }

    @Override
    public String action() {
        return "entry.returned";
    }
}
