package org.kepu.content.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens for the JSON API. A token is 32 random bytes; only its SHA-256 is stored, which is
 * enough for a secret of that strength and lets a lookup use an index.
 */
@Service
public class ApiTokens {

    private static final String PREFIX = "kp_";

    private final ApiTokenRepository tokens;
    private final Accounts accounts;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(ApiTokenRepository tokens, Accounts accounts, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional
    public IssuedToken issue(long accountId, String name) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiToken saved = tokens.save(new ApiToken(null, accountId, name, hash(token), clock.instant(), null));
        return new IssuedToken(saved.id(), name, token);
    }

    /** The enabled account a token belongs to, if the token is known. */
    @Transactional
    public Optional<Account> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(hash(token)).flatMap(found -> {
            tokens.touch(found.id(), clock.instant());
            return accounts.findById(found.accountId()).filter(Account::isEnabled);
        });
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
