package org.kepu.content.audit;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** Who did what to which item, and when. Never changed once written. */
@Table("audit_event")
public record AuditEvent(
        @Id Long id, Instant at, String actor, String action, String subjectType, String subjectId, String detail) {}
