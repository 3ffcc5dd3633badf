package org.kepu.content;

import java.util.List;

/**
 * Items whose own state did not change but whose public view did, because something they show
 * changed (the contest an entry belongs to was renamed or moved). {@link ContentEventListeners}
 * reindex them; they get no audit record of their own, since the change that caused this has one.
 */
public record ContentRelisted(List<ContentKey> keys) {}
