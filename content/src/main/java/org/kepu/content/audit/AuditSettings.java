package org.kepu.content.audit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The audit trail.
 *
 * @param sealInterval how often new audit events are sealed into the hash chain (one process at a
 *     time, through the job queue)
 */
@ConfigurationProperties("kepu.audit")
public record AuditSettings(@DefaultValue("10s") Duration sealInterval) {

    public AuditSettings {
        if (sealInterval == null || sealInterval.isNegative() || sealInterval.isZero()) {
            throw new IllegalArgumentException("kepu.audit.seal-interval must be positive");
        }
    }
}
