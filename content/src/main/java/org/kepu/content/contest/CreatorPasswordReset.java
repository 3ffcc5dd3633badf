package org.kepu.content.contest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.kepu.content.DomainWords;
import org.kepu.content.account.AccountSecurity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A creator who forgot their password resets it with a six-digit code sent to their verified phone
 * number or e-mail address through the {@link ContactChannel}. Without a channel the reset is
 * unavailable (an administrator resets the password instead). Whether a contact is registered is
 * never revealed; codes are stored hashed, last ten minutes, allow five attempts, and at most one is
 * sent per minute and account.
 */
@Service
public class CreatorPasswordReset {

    static final Duration CODE_LIFETIME = Duration.ofMinutes(10);
    static final Duration RESEND_AFTER = Duration.ofMinutes(1);
    static final int MAX_ATTEMPTS = 5;

    private final SecureRandom random = new SecureRandom();
    private final ContactChannel channel;
    private final AccountSecurity security;
    private final JdbcClient jdbc;
    private final Clock clock;

    CreatorPasswordReset(
            ObjectProvider<ContactChannel> channel, AccountSecurity security, JdbcClient jdbc, Clock clock) {
        this.channel = channel.getIfAvailable(NoContactChannel::new);
        this.security = security;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether this deployment can send codes at all. */
    public boolean available() {
        return channel.available();
    }

    /** Sends a code when {@code contact} is the verified contact of a creator; silently nothing otherwise. */
    @Transactional
    public void sendCode(String contact) {
        if (!channel.available()) {
            return;
        }
        Optional<Long> account = verifiedCreator(contact);
        if (account.isEmpty() || sentRecently(account.get())) {
            return;
        }
        String code = String.format("%06d", random.nextInt(1_000_000));
        Instant now = clock.instant();
        jdbc.sql("delete from password_reset_code where account_id = ?")
                .param(account.get())
                .update();
        jdbc.sql("insert into password_reset_code (account_id, code_hash, sent_at, expires_at, attempts)"
                        + " values (?, ?, ?, ?, 0)")
                .params(
                        account.get(),
                        hash(account.get(), code),
                        Timestamp.from(now),
                        Timestamp.from(now.plus(CODE_LIFETIME)))
                .update();
        // in the language of the page that asked for it
        channel.deliver(Creators.normalize(contact), DomainWords.textMessage("contest.sms.password-reset", code));
    }

    /** Checks the code and sets the new password (already encoded); every session and token ends. */
    @Transactional(noRollbackFor = ContestRuleBroken.class)
    public void reset(String contact, String code, String newPasswordHash) {
        record Pending(String hash, Timestamp expires, int attempts) {}
        long account = verifiedCreator(contact).orElseThrow(CreatorPasswordReset::wrongCode);
        Pending pending = jdbc.sql(
                        "select code_hash, expires_at, attempts from password_reset_code where account_id = ?")
                .param(account)
                .query((rs, n) -> new Pending(rs.getString(1), rs.getTimestamp(2), rs.getInt(3)))
                .optional()
                .orElseThrow(CreatorPasswordReset::wrongCode);
        if (pending.expires().toInstant().isBefore(clock.instant()) || pending.attempts() >= MAX_ATTEMPTS) {
            throw ContestRuleBroken.at("code", "contest.code.expired");
        }
        String typed = code == null ? "" : code.strip();
        if (!MessageDigest.isEqual(
                pending.hash().getBytes(StandardCharsets.US_ASCII),
                hash(account, typed).getBytes(StandardCharsets.US_ASCII))) {
            jdbc.sql("update password_reset_code set attempts = attempts + 1 where account_id = ?")
                    .param(account)
                    .update();
            throw wrongCode();
        }
        jdbc.sql("delete from password_reset_code where account_id = ?")
                .param(account)
                .update();
        security.resetThroughContact(account, newPasswordHash);
    }

    private Optional<Long> verifiedCreator(String contact) {
        String login;
        try {
            login = Creators.normalize(contact);
        } catch (ContestRuleBroken e) {
            return Optional.empty();
        }
        return jdbc.sql("select a.id from account a join creator_profile p on p.account_id = a.id"
                        + " where a.username = ? and a.enabled and p.verified_at is not null")
                .param(login)
                .query(Long.class)
                .optional();
    }

    private boolean sentRecently(long account) {
        return jdbc.sql("select count(*) from password_reset_code where account_id = ? and sent_at > ?")
                        .params(account, Timestamp.from(clock.instant().minus(RESEND_AFTER)))
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static ContestRuleBroken wrongCode() {
        return ContestRuleBroken.at("code", "contest.code.wrong");
    }

    private static String hash(long accountId, String code) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("reset:" + accountId + ":" + code).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
