package org.kepu.content.contest;

import java.time.Instant;

/** What a self-registered creator told us, and the privacy notice they agreed to. */
public record CreatorProfile(long accountId, String phone, String email, String consentVersion, Instant consentedAt) {

    public String maskedPhone() {
        return Masks.phone(phone);
    }

    public String maskedEmail() {
        return Masks.email(email);
    }
}
