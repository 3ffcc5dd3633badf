package org.kepu.content.audit;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log: who did what, when, from where ({@link AuditOrigin}) and with which result. Events
 * are only ever inserted; {@link AuditChain} seals them into a hash chain.
 */
@Service
public class AuditLog {

    private final AuditEventRepository repository;
    private final JdbcAggregateOperations aggregates;
    private final AuditSearch search;
    private final Clock clock;

    AuditLog(AuditEventRepository repository, JdbcAggregateOperations aggregates, AuditSearch search, Clock clock) {
        this.repository = repository;
        this.aggregates = aggregates;
        this.search = search;
        this.clock = clock;
    }

    /** A successful action, written in its own transaction so both happen or neither. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, String action, String subjectType, Object subjectId, String detail) {
        insert(actor, action, subjectType, subjectId, detail, AuditResult.SUCCESS);
    }

    /**
     * An event written in a transaction of its own, so it is kept when the caller's transaction
     * rolls back or when there is none: failed logins, refused actions, downloads.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSeparately(
            String actor, String action, String subjectType, Object subjectId, String detail, AuditResult result) {
        insert(actor, action, subjectType, subjectId, detail, result);
    }

    @Transactional(readOnly = true)
    public List<AuditEvent> of(String subjectType, Object subjectId) {
        return repository.findBySubjectTypeAndSubjectIdOrderByAtDescIdDesc(subjectType, String.valueOf(subjectId));
    }

    @Transactional(readOnly = true)
    public List<AuditEvent> latest() {
        return repository.findTop200ByOrderByAtDescIdDesc();
    }

    /** One page (from 0) of the events that match, newest first. */
    @Transactional(readOnly = true)
    public AuditPage find(AuditQuery query, int page, int size) {
        return search.page(query, page, size);
    }

    private void insert(
            String actor, String action, String subjectType, Object subjectId, String detail, AuditResult result) {
        aggregates.insert(new AuditEvent(
                null,
                // both databases keep microseconds: the sealed hash covers exactly what is stored
                clock.instant().truncatedTo(ChronoUnit.MICROS),
                cap(actor == null || actor.isBlank() ? AuditOrigin.SYSTEM : actor.strip(), 60),
                cap(action, 60),
                cap(subjectType, 30),
                cap(String.valueOf(subjectId), 60),
                cap(detail, 1000),
                AuditOrigin.current(),
                result));
    }

    private static String cap(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
