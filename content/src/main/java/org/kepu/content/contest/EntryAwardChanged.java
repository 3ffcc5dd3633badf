package org.kepu.content.contest;

import org.kepu.content.ContentEvent;
import org.kepu.content.ContentKey;

/** An admin changed the entry's award; the detail is the award and the reason. */
record EntryAwardChanged(long entryId, String actor, String detail) implements ContentEvent {

    @Override
    public ContentKey key() {
        return ContentKey.entry(entryId);
    }

    @Override
    public String action() {
        return "award.changed";
    }
}
