package org.kepu.content.contest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import org.kepu.content.DomainWords;
import org.kepu.content.audit.AuditLog;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verifies a creator's phone number or e-mail address with a six-digit code sent through the
 * {@link ContactChannel}, when a deployment defines one as a bean (none: {@link NoContactChannel}). Codes are stored hashed, last ten minutes and
 * allow five attempts; the message is in the language of the page that asked for it. Staff may also mark a contact verified after checking it another way.
 */
@Service
public class ContactVerification {

    static final Duration CODE_LIFETIME = Duration.ofMinutes(10);
    static final int MAX_ATTEMPTS = 5;

    private final SecureRandom random = new SecureRandom();
    private final ContactChannel channel;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    ContactVerification(ObjectProvider<ContactChannel> channel, JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.channel = channel.getIfAvailable(NoContactChannel::new);
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether this deployment can send codes at all. */
    public boolean available() {
        return channel.available();
    }

    /** Sends a new code to the account's contact; false when no channel exists. */
    @Transactional
    public boolean send(long accountId) {
        if (!channel.available()) {
            return false;
        }
        String contact = contact(accountId);
        String code = String.format("%06d", random.nextInt(1_000_000));
        jdbc.sql(
                        "update creator_profile set code_hash = ?, code_expires_at = ?, code_attempts = 0 where account_id = ?")
                .params(hash(accountId, code), Timestamp.from(clock.instant().plus(CODE_LIFETIME)), accountId)
                .update();
        channel.deliver(contact, DomainWords.textMessage("contest.sms.verification", code));
        return true;
    }

    /** Checks the code; a right one marks the contact verified. */
    @Transactional(noRollbackFor = ContestRuleBroken.class)
    public void verify(long accountId, String code) {
        record Pending(String hash, Timestamp expires, int attempts) {}
        Pending pending = jdbc.sql("select code_hash, code_expires_at, code_attempts from creator_profile"
                        + " where account_id = ?")
                .param(accountId)
                .query((rs, n) -> new Pending(rs.getString(1), rs.getTimestamp(2), rs.getInt(3)))
                .optional()
                .orElseThrow(() -> ContestRuleBroken.at("code", "contest.verification.nothing-to-verify"));
        if (pending.hash() == null
                || pending.expires().toInstant().isBefore(clock.instant())
                || pending.attempts() >= MAX_ATTEMPTS) {
            throw ContestRuleBroken.at("code", "contest.code.expired");
        }
        String typed = code == null ? "" : code.strip();
        if (!MessageDigest.isEqual(
                pending.hash().getBytes(StandardCharsets.US_ASCII),
                hash(accountId, typed).getBytes(StandardCharsets.US_ASCII))) {
            jdbc.sql("update creator_profile set code_attempts = code_attempts + 1 where account_id = ?")
                    .param(accountId)
                    .update();
            throw ContestRuleBroken.at("code", "contest.code.wrong");
        }
        verified(accountId);
    }

    /** Staff checked the contact another way (a phone call, in person); logged with who did it. */
    @Transactional
    public void markVerified(long accountId, String staff) {
        verified(accountId);
        audit.record(staff, "account.contact-verified", "account", accountId, "by staff");
    }

    private void verified(long accountId) {
        jdbc.sql("update creator_profile set verified_at = ?, code_hash = null, code_expires_at = null"
                        + " where account_id = ?")
                .params(Timestamp.from(clock.instant()), accountId)
                .update();
    }

    private String contact(long accountId) {
        return jdbc.sql("select coalesce(phone, email) from creator_profile where account_id = ?")
                .param(accountId)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new ContestRuleBroken("contest.verification.no-contact"));
    }

    private static String hash(long accountId, String code) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((accountId + ":" + code).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
