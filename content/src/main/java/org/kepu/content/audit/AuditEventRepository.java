package org.kepu.content.audit;

import java.util.List;
import org.springframework.data.repository.Repository;

/**
 * Reads only. Events are inserted through {@link AuditLog}; no method here or anywhere else updates
 * or deletes them ({@code AuditAppendOnlyTests} keeps it so).
 */
interface AuditEventRepository extends Repository<AuditEvent, Long> {

    List<AuditEvent> findBySubjectTypeAndSubjectIdOrderByAtDescIdDesc(String subjectType, String subjectId);

    List<AuditEvent> findTop200ByOrderByAtDescIdDesc();
}
