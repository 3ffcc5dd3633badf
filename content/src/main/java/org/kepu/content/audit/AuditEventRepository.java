package org.kepu.content.audit;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface AuditEventRepository extends ListCrudRepository<AuditEvent, Long> {

    List<AuditEvent> findBySubjectTypeAndSubjectIdOrderByAtDescIdDesc(String subjectType, String subjectId);

    List<AuditEvent> findTop200ByOrderByAtDescIdDesc();
}
