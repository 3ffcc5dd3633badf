package org.kepu.content.audit;

import java.util.Optional;

/**
 * What {@link AuditChain#verify()} found: how many links hold, how many events wait for their seal,
 * the hash of the last sound link (worth writing down elsewhere: it also shows links cut off at the
 * end), and the first link that breaks, if any.
 */
public record ChainVerdict(long sound, long unsealed, String head, Optional<Break> broken) {

    public boolean intact() {
        return broken.isEmpty();
    }

    /** The first broken link: its position, the event it seals, and why it breaks. */
    public record Break(long seq, long eventId, Reason reason) {}

    public enum Reason {
        /** The event's stored fields no longer give the sealed hash. */
        EVENT_ALTERED,
        /** The sealed event is gone. */
        EVENT_MISSING,
        /** A position in the chain is missing. */
        LINK_MISSING
    }
}
