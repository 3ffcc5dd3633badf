package org.kepu.portal.signup;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.altcha.altcha.Altcha;
import org.kepu.content.throttle.UsedChallenges;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The challenge people pass without reading a picture (ALTCHA): the browser finds a number by
 * proof of work, keyboard and screen-reader users only tick a box. Challenges are signed with a key
 * derived from {@link SignupSettings#captchaSecret()}, so any portal checks any challenge; a
 * solution counts once on every portal, by its challenge's salt (recorded in the database), however
 * the payload is re-encoded.
 */
@Component
public class ProofOfWork {

    private static final Logger log = LoggerFactory.getLogger(ProofOfWork.class);

    /** What the widget fetches: ALTCHA's challenge, as its JSON names it. */
    public record Challenge(String algorithm, String challenge, long maxnumber, String salt, String signature) {}

    private final String hmacKey;
    private final SignupSettings settings;
    private final UsedChallenges used;
    private final Clock clock;
    private final ObjectMapper json;

    ProofOfWork(SignupSettings settings, UsedChallenges used, Clock clock, ObjectMapper json) {
        this.json = json;
        this.settings = settings;
        this.used = used;
        this.clock = clock;
        this.hmacKey = deriveKey(settings.captchaSecret());
    }

    /** A new signed challenge. */
    public Challenge issue() {
        try {
            Altcha.Challenge challenge = Altcha.createChallenge(new Altcha.ChallengeOptions()
                    .setHmacKey(hmacKey)
                    .setMaxNumber(settings.powMaxNumber())
                    .setExpires(clock.instant().plus(settings.captchaLifetime()).getEpochSecond()));
            return new Challenge(
                    challenge.algorithm, challenge.challenge, challenge.maxnumber, challenge.salt, challenge.signature);
        } catch (Exception e) { // Altcha declares Exception; only a missing JCE algorithm gets here
            throw new IllegalStateException("Cannot create a proof-of-work challenge", e);
        }
    }

    /** Whether {@code payload} (the widget's base64 JSON) solves a challenge of ours not yet used. */
    public boolean check(String payload) {
        Optional<Altcha.Payload> solution = parse(payload);
        if (solution.isEmpty()) {
            return false;
        }
        Altcha.Payload parsed = solution.get();
        try {
            if (!Altcha.verifySolution(parsed, hmacKey, true)) {
                return false;
            }
            return used.firstUse("altcha:" + parsed.salt, expiresOf(parsed.salt));
        } catch (Exception e) { // Altcha declares Exception for malformed input
            log.debug("Proof of work refused: {}", e.toString());
            return false;
        }
    }

    private Instant expiresOf(String salt) throws Exception {
        String expires = Altcha.extractParams(salt).get("expires");
        return expires == null
                ? clock.instant().plus(settings.captchaLifetime())
                : Instant.ofEpochSecond(Long.parseLong(expires));
    }

    private Optional<Altcha.Payload> parse(String payload) {
        if (payload == null || payload.isBlank() || payload.length() > 4096) {
            return Optional.empty();
        }
        try {
            JsonNode fields = json.readTree(Base64.getDecoder().decode(payload.strip()));
            Altcha.Payload parsed = new Altcha.Payload();
            parsed.algorithm = fields.path("algorithm").asString();
            parsed.challenge = fields.path("challenge").asString();
            parsed.number = fields.path("number").asLong();
            parsed.salt = fields.path("salt").asString();
            parsed.signature = fields.path("signature").asString();
            return Optional.of(parsed);
        } catch (IllegalArgumentException | JacksonException e) {
            return Optional.empty(); // not base64 or not ALTCHA's JSON
        }
    }

    private static String deriveKey(String secret) {
        byte[] bytes;
        if (secret.isBlank()) {
            bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
        } else {
            bytes = Base64.getDecoder().decode(secret.strip());
        }
        try {
            // a key of its own, so the captcha's AES key is never used for anything else
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(bytes, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal("kepu-altcha".getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
