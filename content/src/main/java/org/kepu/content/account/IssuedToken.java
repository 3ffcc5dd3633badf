package org.kepu.content.account;

import java.time.Instant;

/** A token just issued: {@code token} is the only copy of its secret; it is refused after {@code expiresAt}. */
public record IssuedToken(long id, String name, String token, Instant expiresAt) {}
