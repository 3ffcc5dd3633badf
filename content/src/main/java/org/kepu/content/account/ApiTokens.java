package org.kepu.content.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.kepu.content.audit.AuditLog;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens for the JSON API. A token is 32 random bytes; only its SHA-256 is stored, which is
 * enough for a secret of that strength and lets a lookup use an index. Tokens expire after
 * {@link ApiTokenSettings#lifetime()}; their owner lists and revokes them, and a password reset or
 * disabling the account revokes them all.
 */
@Service
@EnableConfigurationProperties(ApiTokenSettings.class)
public class ApiTokens {

    private static final String PREFIX = "kp_";

    private final ApiTokenRepository tokens;
    private final AccountRepository accounts;
    private final AuditLog audit;
    private final ApiTokenSettings settings;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(
            ApiTokenRepository tokens,
            AccountRepository accounts,
            AuditLog audit,
            ApiTokenSettings settings,
            Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    public IssuedToken issue(long accountId, String name) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        var now = clock.instant();
        ApiToken saved =
                tokens.save(new ApiToken(null, accountId, name, hash(token), now, null, now.plus(settings.lifetime())));
        audit.record(owner(accountId), "token.issued", "api-token", saved.id(), name);
        return new IssuedToken(saved.id(), name, token, saved.expiresAt());
    }

    /** The enabled account a token belongs to, if the token is known and has not expired. */
    @Transactional
    public Optional<Account> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        var now = clock.instant();
        return tokens.findByTokenHash(hash(token))
                .filter(found -> found.expiresAt().isAfter(now))
                .flatMap(found -> {
                    tokens.touch(found.id(), now);
                    return accounts.findById(found.accountId()).filter(Account::isEnabled);
                });
    }

    /** The account's tokens, newest first, expired ones included (marked by their date). */
    @Transactional(readOnly = true)
    public List<ApiToken> of(long accountId) {
        return tokens.findByAccountIdOrderByCreatedAtDesc(accountId);
    }

    /** Revokes one of the account's own tokens. */
    @Transactional
    public void revoke(long accountId, long tokenId) {
        if (tokens.deleteOfAccount(tokenId, accountId) == 0) {
            throw new ApiTokenNotFound(tokenId);
        }
        audit.record(owner(accountId), "token.revoked", "api-token", tokenId, null);
    }

    /** Revokes every token of the account (password reset, disabling); returns how many there were. */
    @Transactional
    public int revokeAll(long accountId) {
        return tokens.deleteAllOfAccount(accountId);
    }

    /** How long a newly issued token is valid. */
    public Duration lifetime() {
        return settings.lifetime();
    }

    private String owner(long accountId) {
        return accounts.findById(accountId).map(Account::getUsername).orElse(String.valueOf(accountId));
    }

    private static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
