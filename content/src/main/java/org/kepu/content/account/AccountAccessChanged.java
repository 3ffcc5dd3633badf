package org.kepu.content.account;

/**
 * The access an account's existing sessions were granted ended: it was disabled, its roles or
 * password changed, or it signed out everywhere. Published inside the changing transaction; the
 * portal ends the account's sessions once it commits.
 */
public record AccountAccessChanged(long accountId, String username) {}
