package org.kepu.content.contest;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.kepu.content.account.Account;
import org.kepu.content.account.Accounts;
import org.kepu.content.account.Role;
import org.kepu.content.audit.AuditLog;
import org.kepu.content.blob.BlobStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Creators who register themselves with a phone number or an e-mail address (which becomes their
 * login name), take their data and leave. The number or address is verified with a code when a
 * {@link ContactChannel} is plugged in ({@link ContactVerification}); an admin resets forgotten
 * passwords.
 */
@Service
public class Creators {

    /** The version of the privacy notice a creator agrees to when registering. */
    public static final String CONSENT_VERSION = "2026-11";

    private static final Logger log = LoggerFactory.getLogger(Creators.class);

    private final Accounts accounts;
    private final JdbcClient jdbc;
    private final Entries entries;
    private final Contests contests;
    private final BlobStore blobs;
    private final ContactVerification verification;
    private final AuditLog audit;
    private final Clock clock;

    Creators(
            Accounts accounts,
            JdbcClient jdbc,
            Entries entries,
            Contests contests,
            BlobStore blobs,
            ContactVerification verification,
            AuditLog audit,
            Clock clock) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.entries = entries;
        this.contests = contests;
        this.blobs = blobs;
        this.verification = verification;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A new creator account. {@code contact} is a mainland mobile number or an e-mail address;
     * {@code passwordHash} is already encoded.
     */
    @Transactional
    public Account register(String contact, String displayName, String passwordHash, boolean consented) {
        if (!consented) {
            throw ContestRuleBroken.at("consent", "contest.creator.consent");
        }
        String login = normalize(contact);
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > 40) {
            throw ContestRuleBroken.at("displayName", "contest.creator.display-name");
        }
        if (accounts.existsByUsername(login)) {
            throw ContestRuleBroken.at("contact", "contest.creator.contact-taken");
        }
        Account account = accounts.add(
                Account.create(login, passwordHash, displayName.strip(), Set.of(Role.CREATOR), clock.instant()));
        boolean email = login.contains("@");
        jdbc.sql("insert into creator_profile (account_id, phone, email, consent_version, consented_at)"
                        + " values (?, ?, ?, ?, ?)")
                .params(
                        account.getId(),
                        email ? null : login,
                        email ? login : null,
                        CONSENT_VERSION,
                        Timestamp.from(clock.instant()))
                .update();
        audit.record(login, "account.registered", "account", account.getId(), "creator");
        verification.send(account.getId());
        return account;
    }

    /** A phone number as 11 digits, an e-mail address in lower case; anything else is refused. */
    public static String normalize(String contact) {
        String text = contact == null ? "" : contact.strip();
        // people write numbers as +86 138-1234-1234 or 138 1234 1234; addresses keep their hyphens
        String digits = text.replaceAll("[\\s-]", "");
        if (digits.startsWith("+86")) {
            digits = digits.substring(3);
        }
        if (digits.matches("1[3-9]\\d{9}")) {
            return digits;
        }
        String email = text.toLowerCase(Locale.ROOT);
        if (email.length() <= 120 && email.matches("[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,}")) {
            return email;
        }
        throw ContestRuleBroken.at("contact", "contest.creator.contact-invalid");
    }

    @Transactional(readOnly = true)
    public Optional<CreatorProfile> profile(long accountId) {
        return jdbc.sql("select account_id, phone, email, consent_version, consented_at, verified_at"
                        + " from creator_profile where account_id = ?")
                .param(accountId)
                .query((rs, n) -> new CreatorProfile(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant(),
                        Contests.instant(rs, "verified_at")))
                .optional();
    }

    @Transactional(readOnly = true)
    public CreatorData data(long accountId) {
        Account account =
                accounts.findById(accountId).orElseThrow(() -> new ContestRuleBroken("contest.creator.no-account"));
        List<CreatorData.VoteRecord> votes = jdbc.sql("select v.entry_id, e.title, v.vote_day from contest_vote v"
                        + " join contest_entry e on e.id = v.entry_id where v.account_id = ? order by v.vote_day")
                .param(accountId)
                .query((rs, n) ->
                        new CreatorData.VoteRecord(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class)))
                .list();
        return new CreatorData(
                account.getUsername(),
                account.getDisplayName(),
                account.getCreatedAt(),
                profile(accountId).orElse(null),
                entries.ofCreator(accountId),
                votes);
    }

    /**
     * Deletes the account and its withdrawn entries with their videos. Entries still in a running
     * contest must be withdrawn first; entries of contests whose judging is over stay in the
     * results, without any personal detail.
     */
    @Transactional
    public void delete(long accountId) {
        Account account =
                accounts.findById(accountId).orElseThrow(() -> new ContestRuleBroken("contest.creator.no-account"));
        if (!account.getRoles().equals(Set.of(Role.CREATOR))) {
            throw new ContestRuleBroken("contest.creator.staff-cannot-leave");
        }
        List<Entry> own = entries.ofCreator(accountId);
        for (Entry entry : own) {
            ContestPhase phase = contests.get(entry.contestId()).phaseAt(clock.instant());
            boolean over = phase == ContestPhase.PUBLICITY || phase == ContestPhase.RESULTS;
            if (!entry.withdrawn() && !over) {
                throw new ContestRuleBroken("contest.creator.entry-in-contest", entry.title());
            }
        }
        for (Entry entry : own) {
            if (entry.withdrawn()) {
                jdbc.sql("delete from contest_entry where id = ?")
                        .param(entry.id())
                        .update();
            } else {
                jdbc.sql("update contest_entry set creator_id = null, unit = null, team_members = null,"
                                + " guardian_name = null where id = ?")
                        .param(entry.id())
                        .update();
            }
        }
        removeVideos(accountId);
        jdbc.sql("delete from account where id = ?").param(accountId).update();
        audit.record(account.getUsername(), "account.deleted", "account", accountId, "by the creator");
    }

    private record Owned(long id, String sourceKey, String mediaPrefix) {}

    /** Videos no entry uses any more go with their files; kept ones lose their owner. */
    private void removeVideos(long accountId) {
        List<Owned> videos = jdbc.sql("select id, source_key, media_prefix from video where owner_id = ?"
                        + " and published = false and id not in"
                        + " (select video_id from contest_entry where video_id is not null)")
                .param(accountId)
                .query((rs, n) -> new Owned(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
        for (Owned video : videos) {
            jdbc.sql("delete from video where id = ?").param(video.id()).update();
        }
        jdbc.sql("update video set owner_id = null where owner_id = ?")
                .param(accountId)
                .update();
        // the files go only once the rows are gone for good
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                videos.forEach(Creators.this::deleteFiles);
            }
        });
    }

    private void deleteFiles(Owned video) {
        try {
            blobs.delete(video.sourceKey());
            if (video.mediaPrefix() != null) {
                blobs.deleteAll(video.mediaPrefix());
            }
        } catch (RuntimeException e) {
            log.warn("Cannot delete the files of video {} of a deleted account", video.id(), e);
        }
    }
}
