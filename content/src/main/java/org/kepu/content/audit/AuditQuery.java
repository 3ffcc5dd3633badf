package org.kepu.content.audit;

import java.time.Instant;

/**
 * What an administrator looks for; every part is optional (null or blank: any). {@code from} is
 * inclusive, {@code to} exclusive.
 */
public record AuditQuery(
        String actor,
        String action,
        String subjectType,
        String subjectId,
        Instant from,
        Instant to,
        AuditResult result) {

    public static AuditQuery any() {
        return new AuditQuery(null, null, null, null, null, null, null);
    }
}
