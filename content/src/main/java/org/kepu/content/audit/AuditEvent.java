package org.kepu.content.audit;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Who did what to which item, when, from which client address, and how it ended. Never changed once
 * written: {@link AuditChain} seals every event into a hash chain that shows any later change.
 */
@Table("audit_event")
public record AuditEvent(
        @Id Long id,
        Instant at,
        String actor,
        String action,
        String subjectType,
        String subjectId,
        String detail,
        String address,
        AuditResult result) {}
