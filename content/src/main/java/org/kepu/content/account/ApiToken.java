package org.kepu.content.account;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A named bearer token of an account; the token itself is shown once and never stored. */
@Table("api_token")
public record ApiToken(
        @Id Long id,
        long accountId,
        String name,
        String tokenHash,
        Instant createdAt,
        Instant lastUsedAt,
        Instant expiresAt) {}
