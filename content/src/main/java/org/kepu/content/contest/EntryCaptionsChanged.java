package org.kepu.content.contest;

import org.kepu.content.ContentEvent;
import org.kepu.content.ContentKey;

/** A caption track of the entry's video changed; from its creator, an accepted entry went back to screening. */
record EntryCaptionsChanged(long entryId, String actor, String detail, boolean changesPublicView)
        implements ContentEvent {

    @Override
    public ContentKey key() {
        return ContentKey.entry(entryId);
    }

    @Override
    public String action() {
        return "entry.captions-changed";
    }
}
