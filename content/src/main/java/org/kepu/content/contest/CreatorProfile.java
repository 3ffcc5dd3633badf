package org.kepu.content.contest;

import java.time.Instant;

/**
 * What a self-registered creator told us, the privacy notice they agreed to, and when their contact
 * was verified (null while it is not).
 */
public record CreatorProfile(
        long accountId, String phone, String email, String consentVersion, Instant consentedAt, Instant verifiedAt) {

    public boolean verified() {
        return verifiedAt != null;
    }
}
