package org.kepu.content.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The hash chain over the audit log. Events are inserted by many transactions at once, so they are
 * not chained when written (concurrent writers would fork the chain); {@link #seal()} later appends
 * the committed, unsealed events in id order: link n holds SHA-256(hash of link n-1 || the event's
 * canonical form). Links are inserted, never changed; the primary key on the position and the unique
 * event id make a second, concurrent sealer fail instead of forking. {@link #verify()} recomputes
 * the whole chain.
 */
@Service
public class AuditChain {

    static final String GENESIS = "0".repeat(64);
    private static final int BATCH = 500;
    // events whose transactions commit out of id order are still found, as long as fewer than this
    // many later events were sealed meanwhile (an audited transaction is short)
    private static final long LOOK_BACK = 10_000;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    AuditChain(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Seals every committed event not sealed yet; returns how many. Safe to call from many threads
     * and portals: a sealer that loses the race seals nothing this time.
     */
    public int seal() {
        int sealed = 0;
        while (true) {
            int batch;
            try {
                batch = transactions.execute(status -> sealBatch());
            } catch (DataIntegrityViolationException anotherSealerWon) {
                return sealed;
            }
            sealed += batch;
            if (batch < BATCH) {
                return sealed;
            }
        }
    }

    private int sealBatch() {
        Optional<Link> last = jdbc.sql("select seq, hash from audit_seal order by seq desc limit 1")
                .query((rs, row) -> new Link(rs.getLong(1), rs.getString(2)))
                .optional();
        long lastEvent = jdbc.sql("select coalesce(max(event_id), 0) from audit_seal")
                .query(Long.class)
                .single();
        List<AuditEvent> pending = jdbc.sql("select " + AuditSearch.COLUMNS + " from audit_event e where e.id > :floor"
                        + " and not exists (select 1 from audit_seal s where s.event_id = e.id)"
                        + " order by e.id limit :batch")
                .param("floor", lastEvent - LOOK_BACK)
                .param("batch", BATCH)
                .query(AuditSearch::event)
                .list();
        long seq = last.map(Link::seq).orElse(0L);
        String hash = last.map(Link::hash).orElse(GENESIS);
        for (AuditEvent event : pending) {
            seq++;
            hash = link(hash, event);
            jdbc.sql("insert into audit_seal (seq, event_id, hash, sealed_at) values (:seq, :event, :hash, :at)")
                    .param("seq", seq)
                    .param("event", event.id())
                    .param("hash", hash)
                    .param("at", clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC))
                    .update();
        }
        return pending.size();
    }

    /** Recomputes the chain from the first link and names the first link that does not hold. */
    public ChainVerdict verify() {
        Walk walk = new Walk();
        jdbc.sql("select s.seq, s.hash as sealed_hash, s.event_id as sealed_event, e.* from audit_seal s"
                        + " left join audit_event e on e.id = s.event_id order by s.seq")
                .query(rs -> {
                    if (walk.broken != null) {
                        return;
                    }
                    long seq = rs.getLong("seq");
                    long eventId = rs.getLong("sealed_event");
                    if (seq != walk.links + 1) {
                        walk.broken = new ChainVerdict.Break(walk.links + 1, eventId, ChainVerdict.Reason.LINK_MISSING);
                    } else if (rs.getObject("id") == null) {
                        walk.broken = new ChainVerdict.Break(seq, eventId, ChainVerdict.Reason.EVENT_MISSING);
                    } else {
                        String expected = link(walk.hash, AuditSearch.event(rs, 0));
                        if (!expected.equals(rs.getString("sealed_hash"))) {
                            walk.broken = new ChainVerdict.Break(seq, eventId, ChainVerdict.Reason.EVENT_ALTERED);
                        } else {
                            walk.links = seq;
                            walk.hash = expected;
                        }
                    }
                });
        long unsealed = jdbc.sql("select count(*) from audit_event e"
                        + " where not exists (select 1 from audit_seal s where s.event_id = e.id)")
                .query(Long.class)
                .single();
        return new ChainVerdict(walk.links, unsealed, walk.hash, Optional.ofNullable(walk.broken));
    }

    static String link(String previousHash, AuditEvent event) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(previousHash.getBytes(StandardCharsets.US_ASCII));
            sha.update(canonical(event).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Each field as length:value, so no choice of texts makes two different events read the same. */
    static String canonical(AuditEvent event) {
        StringBuilder text = new StringBuilder();
        for (Object field : new Object[] {
            event.id(),
            event.at().truncatedTo(ChronoUnit.MICROS),
            event.actor(),
            event.action(),
            event.subjectType(),
            event.subjectId(),
            event.detail(),
            event.address(),
            event.result()
        }) {
            if (field == null) {
                text.append("-;");
            } else {
                String value = field.toString();
                text.append(value.length()).append(':').append(value).append(';');
            }
        }
        return text.toString();
    }

    private record Link(long seq, String hash) {}

    private static final class Walk {
        long links;
        String hash = GENESIS;
        ChainVerdict.Break broken;
    }
}
