package org.kepu.content.contest;

import org.kepu.content.ContentEvent;
import org.kepu.content.ContentKey;

/** The creator put a new video in place; the entry went back to screening, and left the public gallery if it was accepted. */
record EntryVideoReplaced(long entryId, String actor, String detail, boolean changesPublicView)
        implements ContentEvent {

    @Override
    public ContentKey key() {
        return ContentKey.entry(entryId);
    }

    @Override
    public String action() {
        return "entry.video-replaced";
    }
}
