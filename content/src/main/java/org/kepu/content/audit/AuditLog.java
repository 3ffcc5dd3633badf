package org.kepu.content.audit;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The audit log: written in the transaction of the action it records, so both happen or neither. */
@Service
public class AuditLog {

    private final AuditEventRepository repository;
    private final Clock clock;

    AuditLog(AuditEventRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, String action, String subjectType, Object subjectId, String detail) {
        String text = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
        repository.save(
                new AuditEvent(null, clock.instant(), actor, action, subjectType, String.valueOf(subjectId), text));
    }

    @Transactional(readOnly = true)
    public List<AuditEvent> of(String subjectType, Object subjectId) {
        return repository.findBySubjectTypeAndSubjectIdOrderByAtDescIdDesc(subjectType, String.valueOf(subjectId));
    }

    @Transactional(readOnly = true)
    public List<AuditEvent> latest() {
        return repository.findTop200ByOrderByAtDescIdDesc();
    }
}
