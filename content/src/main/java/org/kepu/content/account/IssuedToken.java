package org.kepu.content.account;

/** A token just issued: {@code token} is the only copy of its secret. */
public record IssuedToken(long id, String name, String token) {}
